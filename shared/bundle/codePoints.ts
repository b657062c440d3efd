/**
 * Web Annotation positions count Unicode code points, while JavaScript strings (and
 * Source offsets) count UTF-16 code units: an emoji before a quote shifts them apart.
 */

/** Number of code points in text.slice(0, utf16Index). A split surrogate pair counts once. */
export function codePointIndex(text: string, utf16Index: number): number {
  let points = 0
  for (let i = 0; i < utf16Index && i < text.length; i++) {
    const unit = text.charCodeAt(i)
    // A high surrogate followed by a low one is one code point: skip the low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Index) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    points++
  }
  return points
}

/** The last `count` code points of text (never splitting a surrogate pair). */
export function lastCodePoints(text: string, count: number): string {
  const points = Array.from(text)
  return points.slice(Math.max(0, points.length - count)).join('')
}

/** The first `count` code points of text (never splitting a surrogate pair). */
export function firstCodePoints(text: string, count: number): string {
  return Array.from(text).slice(0, count).join('')
}
