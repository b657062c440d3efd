/**
 * Average-linkage agglomerative clustering over a sparse similarity graph. Deterministic:
 * items are indices, ties break on the smallest indices, so the same graph always gives the
 * same clusters. Average (not single) linkage, so one loose pair cannot chain two figures together.
 */

/** An undirected weighted edge between items i < j. */
export interface Edge {
  i: number
  j: number
  w: number
}

/** Clusters of item indices (each sorted ascending; clusters ordered by their first item). */
export function averageLinkage(n: number, edges: readonly Edge[], threshold: number): number[][] {
  // Cluster ids are the smallest member index, so they never depend on merge order.
  const members = new Map<number, number[]>()
  const links = new Map<number, Map<number, number>>()
  for (let i = 0; i < n; i++) {
    members.set(i, [i])
    links.set(i, new Map())
  }
  for (const { i, j, w } of edges) {
    if (i === j || w <= 0) continue
    const a = Math.min(i, j)
    const b = Math.max(i, j)
    links.get(a)?.set(b, (links.get(a)?.get(b) ?? 0) + w)
    links.get(b)?.set(a, (links.get(b)?.get(a) ?? 0) + w)
  }
  for (;;) {
    let best: { a: number; b: number; avg: number } | undefined
    for (const [a, row] of links) {
      const sizeA = members.get(a)?.length ?? 1
      for (const [b, sum] of row) {
        if (b <= a) continue
        const avg = sum / (sizeA * (members.get(b)?.length ?? 1))
        if (avg < threshold) continue
        if (!best || avg > best.avg + 1e-12 || (Math.abs(avg - best.avg) <= 1e-12 && (a < best.a || (a === best.a && b < best.b)))) {
          best = { a, b, avg }
        }
      }
    }
    if (!best) break
    const { a, b } = best
    const rowA = links.get(a) ?? new Map<number, number>()
    const rowB = links.get(b) ?? new Map<number, number>()
    for (const [k, sum] of rowB) {
      if (k === a) continue
      rowA.set(k, (rowA.get(k) ?? 0) + sum)
      const rowK = links.get(k)
      if (rowK) {
        rowK.set(a, (rowK.get(a) ?? 0) + sum)
        rowK.delete(b)
      }
    }
    rowA.delete(b)
    links.delete(b)
    members.set(a, [...(members.get(a) ?? []), ...(members.get(b) ?? [])].sort((x, y) => x - y))
    members.delete(b)
  }
  return [...members.entries()].sort((x, y) => x[0] - y[0]).map(([, m]) => m)
}
