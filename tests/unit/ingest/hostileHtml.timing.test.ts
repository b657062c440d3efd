import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../shared/ingest/index'
import { deepNestedHtml } from '../../fixtures/sources/make-hostile'
import { host } from './fixtures'

// Issue 11, item 7: time was cubic in the nesting depth (2 000 levels: 177 s). It must be linear in the input.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

async function timeIt(bytes: Uint8Array): Promise<number> {
  const runs: number[] = []
  for (let i = 0; i < 3; i++) {
    collect()
    const t0 = performance.now()
    const result = await ingestFile({ name: 'deep.html', bytes }, host)
    runs.push(performance.now() - t0)
    if (!result.ok) throw new Error(result.error)
  }
  return Math.min(...runs)
}

describe('HTML import runs in linear time in the nesting depth', () => {
  it('doubling the depth (50 000 → 100 000 <div>s) at most ~2.5× the time', async () => {
    const small = new TextEncoder().encode(deepNestedHtml(50_000))
    const large = new TextEncoder().encode(deepNestedHtml(100_000))
    await timeIt(small) // warm up the JIT
    let ratio = Infinity
    for (let attempt = 0; attempt < 5 && ratio > 2.5; attempt++) ratio = Math.min(ratio, (await timeIt(large)) / Math.max(await timeIt(small), 0.5))
    expect(ratio).toBeLessThan(2.5)
  })
})
