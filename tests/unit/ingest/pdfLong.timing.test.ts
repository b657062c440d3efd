import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../shared/ingest/index'
import { hostFor, PDF_BYTES, runOnDocument } from './pdfFake'

// Issue 11, item 8: 20 000 pages took 236 s. Our part (lines, furniture, paragraphs, joining a paragraph that runs
// over every page) must be linear; pdfjs's own page lookups are bounded by MAX_PDF_PAGES and not measured here.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

async function timeIt(pages: number, lines = 3): Promise<number> {
  const runs: number[] = []
  for (let i = 0; i < 3; i++) {
    collect()
    const t0 = performance.now()
    const result = await ingestFile({ name: 'long.pdf', bytes: PDF_BYTES }, hostFor(runOnDocument(pages, lines)))
    runs.push(performance.now() - t0)
    if (!result.ok) throw new Error(result.error)
  }
  return Math.min(...runs)
}

describe('PDF layout runs in linear time', () => {
  it('doubling the pages of one paragraph running over all of them at most ~2.5× the time', async () => {
    await timeIt(1500) // warm up the JIT
    let ratio = Infinity
    for (let attempt = 0; attempt < 5 && ratio > 2.5; attempt++) ratio = Math.min(ratio, (await timeIt(3000)) / Math.max(await timeIt(1500), 0.5))
    expect(ratio).toBeLessThan(2.5)
  })
})
