/**
 * Series chart benchmark (issue 6): a series of 10 000 points renders in < 200 ms in headless
 * Chromium. Bundles the real SeriesChart (production React) into a page, mounts it fresh per
 * run and times from the render call to chart.js' first draw; prints the median.
 *
 *   npx tsx tests/bench/series/run.ts [points=10000] [runs=15]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { serve } from '../staticServer'

const POINTS = Number(process.argv[2] ?? 10_000)
const RUNS = Number(process.argv[3] ?? 15)
const WARMUP = 3
const TARGET_MS = 200

async function bundle(dir: string): Promise<string> {
  const entry = fileURLToPath(new URL('./entry.tsx', import.meta.url))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>series bench</title><body style="margin:0"><script type="module" src="${entry}"></script>`)
  const out = join(dir, 'dist')
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: { outDir: out, emptyOutDir: true, minify: true, modulePreload: false }
  })
  return out
}


const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-series-bench-'))
  const server = await serve(await bundle(dir))
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    page.on('pageerror', (e) => console.error('page error:', e))
    await page.goto(server.url)
    await page.waitForFunction(() => 'seriesBench' in window)

    const smoke = await page.evaluate(() => window.seriesBench.smoke())
    const pngOk = smoke.pngSignature.join(',') === '137,80,78,71,13,10,26,10'
    console.log(`sanity: click → ${JSON.stringify(smoke.clicked)}; PNG signature ${pngOk ? 'ok' : 'WRONG'}; ${smoke.ink} ink pixels; chart destroyed on unmount: ${smoke.destroyed}`)

    // SERIES_CHART_SCREENSHOT=/tmp/chart.png saves a small chart with every mark, to look at.
    const shot = process.env.SERIES_CHART_SCREENSHOT
    if (shot) {
      await page.evaluate(() => window.seriesBench.showcase())
      await page.waitForTimeout(200)
      await page.locator('figure').screenshot({ path: shot })
      console.log(`screenshot: ${shot}`)
    }

    const times: number[] = []
    let ink = 0
    let name: string | null = null
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const r = await page.evaluate(([n, seed]) => window.seriesBench.renderOnce(n, seed), [POINTS, i + 1] as const)
      if (i >= WARMUP) times.push(r.ms)
      ink = r.ink
      name = r.canvasName
    }
    const recolor: number[] = []
    for (const by of ['speaker', 'source', 'verdict', 'speaker', 'source'] as const) recolor.push(await page.evaluate(([n, b]) => window.seriesBench.recolor(n, b), [POINTS, by] as const))
    const m = median(times)
    console.log(`render ${POINTS} points: median ${m.toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; ${WARMUP} warm-up runs not counted); canvas "${name}", ${ink} ink pixels`)
    console.log(`update the mounted chart (new ${POINTS} points, new colouring): median ${median(recolor).toFixed(1)} ms over ${recolor.length}`)
    console.log(m < TARGET_MS ? `PASS: median under ${TARGET_MS} ms` : `FAIL: median ${m.toFixed(1)} ms ≥ ${TARGET_MS} ms`)
    if (m >= TARGET_MS || !pngOk || smoke.clicked.length !== 1) process.exitCode = 1
  } finally {
    await browser.close()
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
