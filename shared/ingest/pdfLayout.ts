import { collapseSpaces } from './cleanText'
import type { PdfTextItemLike } from './types'

/** The text items of one page and the page's height, as read from pdfjs. */
export interface PdfPageText {
  items: readonly PdfTextItemLike[]
  /** Page height in PDF units (y grows upwards from the bottom). */
  height: number
}

/** A visual line of text. */
export interface PdfLine {
  text: string
  x: number
  y: number
  /** Font size (the text matrix's vertical scale). */
  size: number
  /** x where the line ends. */
  right: number
}

/** A paragraph (or heading) of a page, ready for Source.text. */
export interface PdfParagraph {
  text: string
  page: number
  heading?: number
}

const TERMINAL = /[.!?…:;»"”)\]]$/
const PAGE_NUMBER = /^(?:page|p\.|pp\.|pág\.?)?\s*[-–—]?\s*\d{1,4}\s*(?:(?:\/|sur|of|de|sur un total de)\s*\d{1,4})?\s*[-–—]?$/i

/** Groups a page's text items into lines, in the content stream's order (pdfjs gives items in reading order for single-column text). */
export function linesOfPage(items: readonly PdfTextItemLike[]): PdfLine[] {
  // Each line's pieces are joined once at the end: testing a growing string's last character flattens it every time.
  const lines: (PdfLine & { parts: string[]; spaceAtEnd: boolean })[] = []
  let line: (typeof lines)[number] | undefined
  let closed = true
  for (const item of items) {
    const str = item.str ?? ''
    const t = item.transform ?? [1, 0, 0, 1, 0, 0]
    const size = Math.abs(t[3]) || Math.abs(t[0]) || item.height || 10
    const x = t[4]
    const y = t[5]
    if (str.trim()) {
      if (!line || closed || Math.abs(y - line.y) > Math.max(1, size * 0.5)) {
        line = { text: '', parts: [str], spaceAtEnd: /\s$/.test(str), x, y, size, right: x + (item.width ?? 0) }
        lines.push(line)
      } else {
        const gap = x - line.right
        const needsSpace = gap > size * 0.15 && !line.spaceAtEnd && !/^\s/.test(str)
        if (needsSpace) line.parts.push(' ')
        line.parts.push(str)
        line.spaceAtEnd = /\s$/.test(str)
        line.right = Math.max(line.right, x + (item.width ?? 0))
        line.size = Math.max(line.size, size)
      }
      closed = false
    } else if (str && line && !closed) {
      line.parts.push(' ')
      line.spaceAtEnd = true
    }
    if (item.hasEOL) closed = true
  }
  return lines.map(({ parts, x, y, size, right }) => ({ text: collapseSpaces(parts.join('')), x, y, size, right })).filter((l) => l.text)
}

const signature = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()

/**
 * Drops page furniture: lines in the top or bottom 10 % of a page that are page numbers
 * ("3", "Page 3 sur 12", "- 3 -", "3/12"), or whose text (digits ignored) repeats in that
 * band on at least half of the pages, and on two pages or more (running headers/footers).
 */
export function dropPageFurniture(pages: readonly PdfLine[][], heights: readonly number[]): PdfLine[][] {
  const inBand = (l: PdfLine, h: number): boolean => l.y > h * 0.9 || l.y < h * 0.1
  const seen = new Map<string, number>()
  pages.forEach((lines, i) => {
    const sigs = new Set(lines.filter((l) => inBand(l, heights[i])).map((l) => signature(l.text)))
    for (const s of sigs) seen.set(s, (seen.get(s) ?? 0) + 1)
  })
  const repeated = (l: PdfLine): boolean => {
    const n = seen.get(signature(l.text)) ?? 0
    return n >= 2 && n >= pages.length / 2
  }
  return pages.map((lines, i) => lines.filter((l) => !(inBand(l, heights[i]) && (PAGE_NUMBER.test(l.text) || repeated(l)))))
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** The font size most characters are set in. */
function bodySize(pages: readonly PdfLine[][]): number {
  const chars = new Map<number, number>()
  for (const l of pages.flat()) {
    const s = Math.round(l.size * 2) / 2
    chars.set(s, (chars.get(s) ?? 0) + l.text.length)
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
}

/**
 * What goes between two lines of a paragraph. A hyphen at a line end followed by a lowercase
 * letter is a word cut by the typesetter ("loge-" + "ments" → "logements") unless the document
 * writes the hyphenated form elsewhere ("porte-parole"); other line ends become a space. Only the
 * two lines are read, so joining a paragraph costs its length, however many pages it runs over.
 */
function joinLine(a: string, b: string, hyphenated: ReadonlySet<string>): { dropHyphen: boolean; separator: string } {
  // The tail only: a run of letters is matched from every position, which on a whole line is quadratic.
  const cut = /(\p{L}+)[-\u2010]$/u.exec(a.slice(-100))
  const next = /^(\p{Ll}[\p{L}]*)/u.exec(b)
  if (cut && next) return { dropHyphen: !hyphenated.has(`${cut[1]}-${next[1]}`.toLowerCase()), separator: '' }
  if (/[-\u2010]$/.test(a)) return { dropHyphen: false, separator: '' }
  return { dropHyphen: false, separator: ' ' }
}

/** The lines of a paragraph as one string (see joinLine), in one pass. */
function joinLines(lines: readonly string[], hyphenated: ReadonlySet<string>): string {
  const parts: string[] = []
  lines.forEach((line, i) => {
    const next = lines[i + 1]
    if (next === undefined) return parts.push(line)
    const { dropHyphen, separator } = joinLine(line, next, hyphenated)
    parts.push(dropHyphen ? line.slice(0, -1) : line, separator)
  })
  return parts.join('')
}

/** The largest right edge of the body-size lines of a page (a loop: a page may hold more lines than a call's arguments). */
function widestBodyLine(lines: readonly PdfLine[], body: number): number {
  let max = 0
  for (const l of lines) if (Math.abs(l.size - body) < body * 0.15 && l.right > max) max = l.right
  return max
}

/**
 * Lines of every page to paragraphs. A new paragraph starts after a vertical gap clearly
 * larger than the usual line spacing, at a change of font size (headings), when the text
 * jumps upwards (a new column), or after a short line ending a sentence. Hyphenated line
 * ends are repaired. A paragraph cut by a page break (no sentence end, next page starting
 * in lowercase) is joined and keeps the page it starts on. Lines clearly larger than the
 * body text are headings (level 1 for the largest size, then 2, then 3). Linear in the text:
 * a paragraph's lines are joined once, at the end.
 */
export function paragraphsOfPages(pages: readonly PdfLine[][]): PdfParagraph[] {
  const body = bodySize(pages)
  const gaps: number[] = []
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i - 1].y - lines[i].y
      if (d > 0 && Math.abs(lines[i].size - body) < body * 0.15 && Math.abs(lines[i - 1].size - body) < body * 0.15) gaps.push(d)
    }
  }
  const lineGap = median(gaps) ?? body * 1.2
  const headingSizes = [...new Set(pages.flat().filter((l) => l.size >= body * 1.15).map((l) => Math.round(l.size)))].sort((a, b) => b - a)
  const hyphenated = new Set(
    pages
      .flat()
      .flatMap((l) => l.text.toLowerCase().match(/\p{L}+-\p{L}+/gu) ?? [])
  )

  // `page` is where a paragraph starts, `last` where it has got to (a paragraph may run over many pages).
  const out: { lines: string[]; page: number; last: number; heading?: number }[] = []
  pages.forEach((lines, pageIndex) => {
    const page = pageIndex + 1
    const maxRight = widestBodyLine(lines, body)
    let current: { lines: string[]; size: number; page: number } | undefined
    let firstLinesOfPage: string[] | undefined
    const close = (): void => {
      if (!current) return
      const level = headingSizes.indexOf(Math.round(current.size))
      const heading = current.size >= body * 1.15 && current.lines.length <= 3 ? Math.min(3, level + 1) : undefined
      const prev = out[out.length - 1]
      const continues =
        out.length > 0 && current.lines === firstLinesOfPage && prev.last === page - 1 && !prev.heading && !heading &&
        !TERMINAL.test(prev.lines[prev.lines.length - 1]) && /^\p{Ll}/u.test(current.lines[0])
      if (continues) {
        for (const l of current.lines) prev.lines.push(l)
        prev.last = page
      } else out.push(heading ? { lines: current.lines, page, last: page, heading } : { lines: current.lines, page, last: page })
      current = undefined
    }
    lines.forEach((line, i) => {
      const prev = lines[i - 1]
      const breakHere =
        !current ||
        !prev ||
        prev.y - line.y > lineGap * 1.4 ||
        line.y > prev.y + line.size ||
        Math.abs(line.size - current.size) > body * 0.15 ||
        (TERMINAL.test(prev.text) && maxRight > 0 && prev.right < maxRight * 0.8)
      if (breakHere) {
        close()
        current = { lines: [line.text], size: line.size, page }
        firstLinesOfPage ??= current.lines
      } else current?.lines.push(line.text)
    })
    close()
  })
  return out.map((p) => (p.heading ? { text: joinLines(p.lines, hyphenated), page: p.page, heading: p.heading } : { text: joinLines(p.lines, hyphenated), page: p.page }))
}
