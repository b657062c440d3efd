import { collapseSpaces } from './cleanText'
import { type DomElementLike, type DomNodeLike, ELEMENT_NODE, TEXT_NODE } from './domLike'
import { TextAssembler } from './textAssembler'

// Elements whose content is never text to read: code, embedded things, form controls.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'picture', 'img', 'button', 'select', 'option', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'base'
])
/** Elements that start and end a paragraph. */
export const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'figure', 'figcaption', 'hr', 'form', 'fieldset', 'details', 'summary', 'center', 'body', 'html'
])
const CELL = new Set(['td', 'th'])
// Markers written while walking, resolved at flush: source newlines collapse like spaces, these do not.
const LINE_BREAK = '\u001E'
const CELL_BREAK = '\u001F'

/**
 * Walks a DOM subtree and writes its readable text as paragraphs: each block element
 * (p, li, h1–h6, table row...) becomes one paragraph with collapsed whitespace, `<br>`
 * a line break, table cells are separated by tabs, headings carry their level. Scripts,
 * styles, embeds and form controls are skipped: their content is never text.
 */
export function domToParagraphs(root: DomNodeLike, out: TextAssembler = new TextAssembler()): TextAssembler {
  let buffer = ''
  let heading: number | undefined
  let pre = 0

  const flush = (): void => {
    const text =
      pre > 0
        ? buffer.split(LINE_BREAK).join('\n').split(CELL_BREAK).join('\t').replace(/^\n+|\s+$/g, '')
        : buffer
            .split(LINE_BREAK)
            .map((line) => collapseSpaces(line).replace(/ ?\u001F ?/g, '\t').replace(/^\t+|\t+$/g, ''))
            .filter(Boolean)
            .join('\n')
    if (text) out.paragraph(text, heading ? { heading } : {})
    buffer = ''
  }

  const visit = (node: DomNodeLike): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? ''
      return
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const name = node.nodeName.toLowerCase()
    if (SKIP.has(name)) return
    const el = node as DomElementLike
    if (typeof el.getAttribute === 'function' && el.getAttribute('hidden') !== null) return
    if (name === 'br') {
      buffer += LINE_BREAK
      return
    }
    if (CELL.has(name)) {
      if (buffer.trim()) buffer += CELL_BREAK
      visitChildren(node)
      return
    }
    if (!BLOCK.has(name)) {
      visitChildren(node)
      return
    }
    flush()
    const level = /^h([1-6])$/.exec(name)
    const savedHeading = heading
    if (level) heading = Number(level[1])
    if (name === 'pre') pre++
    visitChildren(node)
    flush()
    if (name === 'pre') pre--
    heading = savedHeading
  }

  const visitChildren = (node: DomNodeLike): void => {
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) visit(children[i])
  }

  visit(root)
  flush()
  return out
}
