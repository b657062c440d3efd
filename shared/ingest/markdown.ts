import { Lexer, type Token, type Tokens } from 'marked'
import { collapseSpaces } from './cleanText'
import type { ParsedDoc } from './draft'
import { decodeEntities } from './entities'
import { TextAssembler } from './textAssembler'
import type { DocMeta } from './types'

/** Inline Markdown tokens to plain text: emphasis, links and code lose their marks; images and raw HTML tags go. */
function inlineText(tokens: readonly Token[] | undefined): string {
  let out = ''
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'br':
        out += '\n'
        break
      case 'image':
      case 'html':
        break
      case 'codespan':
      case 'escape':
        out += (t as Tokens.Codespan).text
        break
      case 'text':
        // A soft line break inside a paragraph is a space.
        out += 'tokens' in t && t.tokens ? inlineText(t.tokens) : decodeEntities((t as Tokens.Text).text).replace(/\n/g, ' ')
        break
      default:
        out += 'tokens' in t && Array.isArray(t.tokens) ? inlineText(t.tokens as Token[]) : decodeEntities('text' in t ? String(t.text) : '')
    }
  }
  return out
}

/** Hard breaks (two spaces, backslash: the only '\n' inlineText emits) stay line breaks; spaces collapse. */
function flow(s: string): string {
  return s
    .split('\n')
    .map((line) => collapseSpaces(line))
    .filter(Boolean)
    .join('\n')
}

function walk(tokens: readonly Token[], out: TextAssembler): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        out.paragraph(collapseSpaces(inlineText((t as Tokens.Heading).tokens)), { heading: (t as Tokens.Heading).depth })
        break
      case 'paragraph':
        out.paragraph(flow(inlineText((t as Tokens.Paragraph).tokens)))
        break
      case 'text':
        // A tight list item's content.
        out.paragraph(flow(inlineText('tokens' in t && t.tokens ? t.tokens : [t])))
        break
      case 'list':
        for (const item of (t as Tokens.List).items) walk(item.tokens, out)
        break
      case 'blockquote':
        walk((t as Tokens.Blockquote).tokens, out)
        break
      case 'code':
        out.paragraph((t as Tokens.Code).text.replace(/\s+$/, ''))
        break
      case 'table': {
        const table = t as Tokens.Table
        for (const row of [table.header, ...table.rows]) {
          out.paragraph(row.map((cell) => collapseSpaces(inlineText(cell.tokens))).join('\t'))
        }
        break
      }
      case 'html':
        out.paragraph(htmlBlockText((t as Tokens.HTML).text))
        break
      default:
        break
    }
  }
}

/** Raw HTML in Markdown: its text, without tags, scripts or styles. */
function htmlBlockText(html: string): string {
  return collapseSpaces(
    decodeEntities(
      html
        .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<[^>]*>/g, ' ')
    )
  )
}

/**
 * Markdown to plain text with marked's lexer: headings become paragraphs whose segment
 * carries the level, list items and table rows become paragraphs (cells separated by tabs),
 * emphasis/link/code marks go, link text stays, images and raw HTML tags go.
 */
export function parseMarkdown(body: string, meta: DocMeta): ParsedDoc {
  const assembler = new TextAssembler()
  walk(Lexer.lex(body.replace(/\r\n?/g, '\n'), { gfm: true }), assembler)
  return { assembler, meta, defaultKind: 'article', mime: 'text/markdown' }
}
