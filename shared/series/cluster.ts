/**
 * Average-linkage agglomerative clustering over a sparse similarity graph. Deterministic:
 * items are indices, ties break on the smallest indices, so the same graph always gives the
 * same clusters. Average (not single) linkage, so one loose pair cannot chain two figures together.
 * A heap of candidate merges with lazy invalidation keeps it near O(E log E) on a large library.
 */

/** An undirected weighted edge between items i and j. */
export interface Edge {
  i: number
  j: number
  w: number
}

interface Entry {
  avg: number
  a: number
  b: number
  verA: number
  verB: number
}

/** Higher average first, then smaller cluster ids: the order merges happen in. */
function before(x: Entry, y: Entry): boolean {
  if (x.avg !== y.avg) return x.avg > y.avg
  if (x.a !== y.a) return x.a < y.a
  return x.b < y.b
}

class MergeHeap {
  private items: Entry[] = []

  get size(): number {
    return this.items.length
  }

  push(e: Entry): void {
    const h = this.items
    h.push(e)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(h[i], h[parent])) break
      ;[h[i], h[parent]] = [h[parent], h[i]]
      i = parent
    }
  }

  pop(): Entry | undefined {
    const h = this.items
    const top = h[0]
    const last = h.pop()
    if (h.length && last) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && before(h[l], h[m])) m = l
        if (r < h.length && before(h[r], h[m])) m = r
        if (m === i) break
        ;[h[i], h[m]] = [h[m], h[i]]
        i = m
      }
    }
    return top
  }
}

/** Clusters of item indices (each sorted ascending; clusters ordered by their first item). */
export function averageLinkage(n: number, edges: readonly Edge[], threshold: number): number[][] {
  // Cluster ids are the smallest member index, so they never depend on merge order.
  const members = new Map<number, number[]>()
  const version = new Map<number, number>()
  const links = new Map<number, Map<number, number>>()
  for (let i = 0; i < n; i++) {
    members.set(i, [i])
    version.set(i, 0)
    links.set(i, new Map())
  }
  for (const { i, j, w } of edges) {
    if (i === j || w <= 0 || i < 0 || j < 0 || i >= n || j >= n) continue
    links.get(i)?.set(j, (links.get(i)?.get(j) ?? 0) + w)
    links.get(j)?.set(i, (links.get(j)?.get(i) ?? 0) + w)
  }
  const heap = new MergeHeap()
  const offer = (x: number, y: number, sum: number): void => {
    const a = Math.min(x, y)
    const b = Math.max(x, y)
    const avg = sum / ((members.get(a)?.length ?? 1) * (members.get(b)?.length ?? 1))
    if (avg >= threshold) heap.push({ avg, a, b, verA: version.get(a) ?? 0, verB: version.get(b) ?? 0 })
  }
  for (const [a, row] of links) for (const [b, sum] of row) if (a < b) offer(a, b, sum)

  while (heap.size) {
    const e = heap.pop()
    if (!e) break
    if (version.get(e.a) !== e.verA || version.get(e.b) !== e.verB) continue
    const { a, b } = e
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
    version.delete(b)
    version.set(a, (version.get(a) ?? 0) + 1)
    for (const [k, sum] of rowA) offer(a, k, sum)
  }
  return [...members.entries()].sort((x, y) => x[0] - y[0]).map(([, m]) => m)
}
