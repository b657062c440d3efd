import { Tokenizer } from 'htmlparser2'
import { BLOCK } from './domText'

/**
 * Deepest nesting a page may have for article detection. @mozilla/readability's time grows with
 * the cube of the depth (a page 2 000 `<div>`s deep took 177 s) and htmlparser2's tree builder,
 * which linkedom uses, with its square; real article pages stay well under 60 levels.
 */
export const MAX_ARTICLE_DEPTH = 128

/** Most elements a page may have for article detection (Readability takes about 1 s per 20 000 here). */
export const MAX_ARTICLE_ELEMENTS = 40_000

/** How deep and how large the element tree of a page is. */
export interface HtmlShape {
  depth: number
  elements: number
}

// Elements that never have children or a closing tag (htmlparser2's list).
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

// Which open elements a start tag closes, as htmlparser2's tree builder does (so depths agree with linkedom's).
const P = ['p']
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']
const CLOSES = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
    p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P, address: P, article: P, aside: P, blockquote: P, details: P, div: P,
    dl: P, fieldset: P, figcaption: P, figure: P, footer: P, form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P,
    section: P, table: P, ul: P,
    select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
    option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody']
  }).map(([k, v]) => [k, new Set(v)])
)

/** What walkTags reports, in document order. Ranges are [start, end) in the source. */
interface TagVisitor {
  open(name: string, depth: number, start: number, end: number): void
  close(name: string, depth: number): void
  text(start: number, end: number): void
  doctype(): void
}

/**
 * Walks a page's tags with the element stack htmlparser2 would build, in time linear in the
 * input: htmlparser2's own builder shifts its stack from the front, which is quadratic in the
 * depth. A closing tag only pops when an element of its name is open (counted per name).
 */
function walkTags(html: string, visitor: TagVisitor): void {
  const stack: string[] = []
  const openByName = new Map<string, number>()
  let pending: { name: string; start: number } | undefined
  const pop = (): void => {
    const name = stack.pop() as string
    openByName.set(name, (openByName.get(name) ?? 1) - 1)
    visitor.close(name, stack.length + 1)
  }
  const endOpenTag = (endIndex: number): void => {
    if (!pending) return
    const { name, start } = pending
    pending = undefined
    const closes = CLOSES.get(name)
    while (closes && stack.length && closes.has(stack[stack.length - 1])) pop()
    visitor.open(name, stack.length + 1, start, endIndex + 1)
    if (VOID.has(name)) return
    stack.push(name)
    openByName.set(name, (openByName.get(name) ?? 0) + 1)
  }
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname: (start, end) => {
        pending = { name: html.slice(start, end).toLowerCase(), start: start - 1 }
      },
      onopentagend: endOpenTag,
      onselfclosingtag: endOpenTag,
      onclosetag: (start, end) => {
        const name = html.slice(start, end).toLowerCase()
        if (VOID.has(name) || !openByName.get(name)) return
        while (stack.length && stack[stack.length - 1] !== name) pop()
        if (stack.length) pop()
      },
      ontext: (start, end) => visitor.text(start, end),
      ondeclaration: (start, end) => {
        if (/^doctype\b/i.test(html.slice(start, Math.min(end, start + 8)))) visitor.doctype()
      },
      onattribdata: () => undefined,
      onattribentity: () => undefined,
      onattribend: () => undefined,
      onattribname: () => undefined,
      oncdata: () => undefined,
      oncomment: () => undefined,
      onend: () => undefined,
      onprocessinginstruction: () => undefined,
      ontextentity: () => undefined
    }
  )
  tokenizer.write(html)
  tokenizer.end()
}

/** Measures the tree linkedom would build, without building it: building a very deep tree is what takes minutes. */
export function htmlShape(html: string): HtmlShape {
  let depth = 0
  let elements = 0
  walkTags(html, {
    open: (_name, d) => {
      elements++
      if (d > depth) depth = d
    },
    close: () => undefined,
    text: () => undefined,
    doctype: () => undefined
  })
  return { depth, elements }
}

// Elements whose content is never text: below the cap it would otherwise spill into the text.
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'canvas', 'video', 'audio', 'select', 'textarea', 'title', 'head'])

/**
 * Rewrites a page so no element is nested deeper than `maxDepth`. Below the cap, tags are
 * dropped and their text goes to the deepest ancestor kept; where a block element (p, div, li...)
 * started or ended between two pieces of text, an `<hr>` keeps the paragraph boundary. What
 * deeper scripts, styles and embeds hold is dropped. Kept tags and all text are copied from the
 * source as they are. Linear in the input, and the result has about one element per paragraph
 * below the cap, however deep the source.
 */
export function capHtmlDepth(html: string, maxDepth: number): string {
  const out: string[] = []
  // Depth of the deep no-text element being skipped (0: none).
  let skipping = 0
  let boundary = false
  walkTags(html, {
    doctype: () => out.push('<!doctype html>'),
    open: (name, depth, start, end) => {
      if (skipping) return
      if (depth <= maxDepth) out.push(html.slice(start, end))
      else if (NO_TEXT.has(name)) skipping = depth
      else if (name === 'br') out.push('<br>')
      else if (BLOCK.has(name)) boundary = true
    },
    close: (name, depth) => {
      if (skipping === depth) skipping = 0
      else if (skipping) return
      else if (depth <= maxDepth) out.push(`</${name}>`)
      else if (BLOCK.has(name)) boundary = true
    },
    text: (start, end) => {
      if (skipping) return
      const text = html.slice(start, end)
      if (boundary && text.trim()) {
        out.push('<hr>')
        boundary = false
      }
      out.push(text)
    }
  })
  return out.join('')
}
