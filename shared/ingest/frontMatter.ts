import type { DocMeta } from './types'
import { normaliseDate } from './dates'
import { langFromTag } from './lang'
import { SOURCE_KINDS, type SourceKind } from '../model'

/** The body of a file after its front matter, and what the front matter said. */
export interface FrontMatter {
  body: string
  meta: DocMeta
}

/**
 * Reads a leading `---` block of `key: value` lines (the YAML front matter of Markdown
 * notes and static sites, also accepted on .txt files). Only flat keys are read:
 * title, date/published/publishedAt, author(s), speaker(s), outlet/site/source, url, lang, kind.
 * Lists may be written `[a, b]` or `a; b`. Without a closed block, the text is returned whole.
 */
export function readFrontMatter(text: string): FrontMatter {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text)
  if (!m) return { body: text, meta: {} }
  const meta: DocMeta = {}
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line)
    if (!kv) continue
    const key = kv[1].toLowerCase()
    const value = unquote(kv[2])
    if (!value) continue
    switch (key) {
      case 'title':
        meta.title = value
        break
      case 'date':
      case 'published':
      case 'publishedat':
      case 'published_at':
        meta.publishedAt = normaliseDate(value)
        break
      case 'author':
      case 'authors':
        meta.authors = list(value)
        break
      case 'speaker':
      case 'speakers':
        meta.speakers = list(value)
        break
      case 'outlet':
      case 'site':
      case 'source':
      case 'publisher':
        meta.outlet = value
        break
      case 'url':
        meta.url = value
        break
      case 'lang':
      case 'language':
        meta.lang = langFromTag(value)
        break
      case 'kind':
        if ((SOURCE_KINDS as readonly string[]).includes(value)) meta.kind = value as SourceKind
        break
      default:
        break
    }
  }
  return { body: text.slice(m[0].length), meta }
}

function unquote(v: string): string {
  const m = /^(["'])(.*)\1$/.exec(v)
  return (m ? m[2] : v).trim()
}

function list(v: string): string[] {
  const inner = /^\[(.*)\]$/.exec(v)?.[1] ?? v
  return inner
    .split(inner.includes(';') ? ';' : ',')
    .map((s) => unquote(s.trim()))
    .filter(Boolean)
}
