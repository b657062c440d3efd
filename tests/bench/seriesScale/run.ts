/**
 * Series at scale (issue 13, item 4): 100 000 claims over 2 000 sources written through the real db
 * layer into IndexedDB in headless Chromium, 20 series of 200 claims; then the real SeriesView opened,
 * series opened from its side list and suggestions accepted as a user does. Prints medians, the
 * source records the view read (must be 0), and the peer: what the view read on every change before
 * (every claim and every source with its text).
 *
 *   npx tsx tests/bench/seriesScale/run.ts [sources=2000] [claimsPerSource=50] [series=20] [claimsPerSeries=200]
 *
 * Targets: opening a series of 200 claims < 300 ms; accepting a suggestion < 200 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { chromiumArgs, chromiumPath } from '../../chromium'
import { serve } from '../staticServer'

const SOURCES = Number(process.argv[2] ?? 2000)
const PER_SOURCE = Number(process.argv[3] ?? 50)
const SERIES = Number(process.argv[4] ?? 20)
const PER_SERIES = Number(process.argv[5] ?? 200)
const RUNS = Number(process.env.RUNS ?? 9)
const OPEN_TARGET = 300
const ACCEPT_TARGET = 200

async function bundle(dir: string): Promise<string> {
  const entry = fileURLToPath(new URL('./entry.tsx', import.meta.url))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>series scale bench</title><body style="margin:0"><script type="module" src="${entry}"></script>`)
  const out = join(dir, 'dist')
  await build({
    root: dir, configFile: false, logLevel: 'warn', mode: 'production', plugins: [react()], define: { __APP_VERSION__: '"bench"' },
    worker: { format: 'es' }, build: { outDir: out, emptyOutDir: true, minify: true, modulePreload: false, chunkSizeWarningLimit: 8192 }
  })
  return out
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const spread = (xs: number[]): string => `min ${fmt(Math.min(...xs))}, max ${fmt(Math.max(...xs))}, ${xs.length} runs`

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-series-scale-bench-'))
  const server = await serve(await bundle(dir))
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true })
  let failed = false
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('pageerror', (e) => console.error('page error:', e))
    await page.goto(server.url)
    await page.waitForFunction(() => 'seriesScaleBench' in window)
    const w = await page.evaluate(([a, b, c, d]) => window.seriesScaleBench.write(a, b, c, d), [SOURCES, PER_SOURCE, SERIES, PER_SERIES] as const)
    console.log(`write: ${SOURCES} sources, ${w.claims} claims in ${(w.ms / 1000).toFixed(1)} s; ${SERIES} series of ${PER_SERIES} claims in ${(w.seriesMs / 1000).toFixed(1)} s`)

    const m = await page.evaluate(() => window.seriesScaleBench.mount())
    console.log(`mount the Series view on a series (fresh connection): ${fmt(m.ms)}`)
    const s = await page.evaluate(() => window.seriesScaleBench.suggestions())
    console.log(`suggestions, read and grouped in the worker off the main thread: first shown after ${(s.ms / 1000).toFixed(1)} s (${s.shown} cards)`)

    const opens: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const o = await page.evaluate((k) => window.seriesScaleBench.open(k), 1 + (i % (SERIES - 1)))
      opens.push(o.ms)
      if (o.claims !== PER_SERIES) throw new Error(`series opened with ${o.claims} claims, expected ${PER_SERIES}`)
    }
    const openMs = median(opens)
    console.log(`open a series of ${PER_SERIES} claims from the side list (claims listed, chart drawn): median ${fmt(openMs)} (${spread(opens)}; target < ${OPEN_TARGET} ms)`)
    if (openMs >= OPEN_TARGET) failed = true

    // As a user does: accept, look at the chart while suggestions are grouped again, accept the next.
    const accepts: number[] = []
    const written: number[] = []
    const sizes: number[] = []
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => window.seriesScaleBench.suggestions(true))
      const a = await page.evaluate(() => window.seriesScaleBench.accept())
      accepts.push(a.ms)
      written.push(a.writtenMs)
      sizes.push(a.claims)
    }
    const acceptMs = median(accepts)
    console.log(`accept a suggestion (its series open with every claim listed and the chart drawn, card gone): median ${fmt(acceptMs)} (${spread(accepts)}; suggestions of ${Math.min(...sizes)}–${Math.max(...sizes)} claims; target < ${ACCEPT_TARGET} ms)`)
    console.log(`  … and written to the database (series, claims, History): median ${fmt(median(written))} (${spread(written)})`)
    if (acceptMs >= ACCEPT_TARGET) failed = true
    // And without waiting: the next accept while the worker reads and groups again.
    const busy: number[] = []
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.seriesScaleBench.suggestions())
      busy.push((await page.evaluate(() => window.seriesScaleBench.accept())).ms)
      await new Promise((r) => setTimeout(r, 400))
    }
    console.log(`  accepting while the worker groups again (one core left for the view): median ${fmt(median(busy))} (${spread(busy)})`)

    const reads = await page.evaluate(() => window.seriesScaleBench.sourceReads())
    console.log(`source records read by the view meanwhile: ${reads} (must be 0)`)
    if (reads > 0) failed = true

    const peer: number[] = []
    let mb = 0
    for (let i = 0; i < 3; i++) {
      const r = await page.evaluate(() => window.seriesScaleBench.readEverything())
      peer.push(r.ms)
      mb = r.mb
    }
    const peerMs = median(peer)
    console.log(`peer, the view before: every claim and every source read on each change: median ${fmt(peerMs)} (~${mb.toFixed(0)} MB) → ${(peerMs / openMs).toFixed(1)}× an open now`)
  } finally {
    await browser.close()
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
  if (failed) {
    console.error('series scale bench: a target was missed')
    process.exit(1)
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
