/** Joins byte chunks into one array (`size` when the caller already counted them). */
export function concatBytes(chunks: readonly Uint8Array[], size?: number): Uint8Array {
  if (chunks.length === 1 && (size === undefined || size === chunks[0].length)) return chunks[0]
  const out = new Uint8Array(size ?? chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
