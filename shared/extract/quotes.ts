/** Quoted stretches of text ("…", « … », “ … ”) as sorted, non-overlapping [start, end) offsets. */
export interface QuoteSpans {
  starts: number[]
  ends: number[]
}

/**
 * Finds quotations in one pass. Straight double quotes pair up within a paragraph; an unclosed quote
 * runs to the end of its paragraph (reports often leave a quote open until the paragraph ends).
 */
export function findQuotes(text: string): QuoteSpans {
  const starts: number[] = []
  const ends: number[] = []
  let open = -1
  let closer = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // only newlines and quote marks matter: skip everything else without making a string
    if (code !== 10 && code !== 34 && code !== 0xab && code !== 0xbb && code !== 0x201c && code !== 0x201d && code !== 0x201e) continue
    const ch = text[i]
    if (ch === '\n') {
      if (open >= 0 && i + 1 < text.length && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
        starts.push(open)
        ends.push(i)
        open = -1
      } else if (open >= 0 && closer === '"') {
        starts.push(open)
        ends.push(i)
        open = -1
      }
      continue
    }
    if (open < 0) {
      if (ch === '«') { open = i; closer = '»' } else if (ch === '“') { open = i; closer = '”' } else if (ch === '"') { open = i; closer = '"' } else if (ch === '„') { open = i; closer = '“' }
    } else if (ch === closer || (closer === '"' && ch === '”') || (closer === '”' && ch === '"')) {
      starts.push(open)
      ends.push(i + 1)
      open = -1
    }
  }
  if (open >= 0) {
    starts.push(open)
    ends.push(text.length)
  }
  return { starts, ends }
}

/** Index of the quote span containing `pos`, or -1 (binary search). */
export function quoteAt(q: QuoteSpans, pos: number): number {
  let lo = 0
  let hi = q.starts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (q.starts[mid] <= pos) {
      if (pos < q.ends[mid]) return mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return -1
}
