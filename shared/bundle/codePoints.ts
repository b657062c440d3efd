/**
 * Web Annotation positions count Unicode code points, while JavaScript strings (and
 * Source offsets) count UTF-16 code units: an emoji before a quote shifts them apart.
 */

const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

/**
 * A converter from UTF-16 offsets to code-point offsets for one text. The text is scanned
 * once for surrogate pairs (usually none), so converting many offsets stays linear.
 */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  const lows: number[] = []
  for (const match of text.matchAll(PAIR)) lows.push(match.index + 1)
  if (lows.length === 0) return (i) => Math.max(0, Math.min(i, text.length))
  return (utf16Index) => {
    const i = Math.max(0, Math.min(utf16Index, text.length))
    // Each pair whose low half lies before i was counted twice: binary search how many.
    let lo = 0
    let hi = lows.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lows[mid] < i) lo = mid + 1
      else hi = mid
    }
    return i - lo
  }
}

/** Number of code points in text.slice(0, utf16Index). A split surrogate pair counts once. */
export function codePointIndex(text: string, utf16Index: number): number {
  return codePointIndexer(text)(utf16Index)
}

/** The last `count` code points of text (never splitting a surrogate pair). */
export function lastCodePoints(text: string, count: number): string {
  // At most 2 units a code point: only the tail needs splitting into code points.
  const points = Array.from(text.slice(Math.max(0, text.length - 2 * count)))
  // A pair cut in half by the slice leaves a lone low surrogate first; there are then more
  // than `count` elements, so it never reaches the result.
  return points.slice(Math.max(0, points.length - count)).join('')
}

/** The first `count` code points of text (never splitting a surrogate pair). */
export function firstCodePoints(text: string, count: number): string {
  // Likewise a high surrogate cut off at the end is never among the first `count`.
  return Array.from(text.slice(0, 2 * count)).slice(0, count).join('')
}
