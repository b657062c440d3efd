/**
 * Library benchmark (issue 13, item 2): 5 000 sources (a few KB of text and 10 claims each) written
 * through the real db layer into IndexedDB in headless Chromium; then the real LibraryView opened as a
 * new window opens it (fresh connection, mounted, until the first card shows), its search typed, and
 * the search, sort and filters timed over the summaries. Prints medians.
 *
 *   npx tsx tests/bench/library/run.ts [sources=5000] [claimsPerSource=10]
 *
 * Targets: the list opens in < 200 ms without reading any source record; a filter in < 50 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { type SourceQuery } from '../../../renderer/src/features/library/sourceQuery'
import { chromiumArgs, chromiumPath } from '../../chromium'
import { serve } from '../staticServer'

const SOURCES = Number(process.argv[2] ?? 5000)
const PER_SOURCE = Number(process.argv[3] ?? 10)
const RUNS = Number(process.env.RUNS ?? 9)
const OPEN_TARGET = 200
const FILTER_TARGET = 50

async function bundle(dir: string): Promise<string> {
  const entry = fileURLToPath(new URL('./entry.tsx', import.meta.url))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>library bench</title><body style="margin:0"><script type="module" src="${entry}"></script>`)
  const out = join(dir, 'dist')
  await build({ root: dir, configFile: false, logLevel: 'warn', mode: 'production', plugins: [react()], build: { outDir: out, emptyOutDir: true, minify: true, modulePreload: false } })
  return out
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-library-bench-'))
  const server = await serve(await bundle(dir))
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true })
  let failed = false
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('pageerror', (e) => console.error('page error:', e))
    await page.goto(server.url)
    await page.waitForFunction(() => 'libraryBench' in window)
    const w = await page.evaluate(([s, p]) => window.libraryBench.write(s, p), [SOURCES, PER_SOURCE] as const)
    console.log(`write: ${SOURCES} sources, ${w.claims} claims in ${(w.ms / 1000).toFixed(2)} s (importBatch, summaries and words included; computing the summaries and words alone: ${fmt(w.summaryMs)})`)

    const r = await page.evaluate((runs) => window.libraryBench.reads(runs), RUNS)
    console.log(`read the summaries (what the list draws): median ${fmt(r.summaries)} (${r.summaryKB.toFixed(0)} KB as JSON); the text words (first search only): ${fmt(r.words)} (${r.wordsMB.toFixed(1)} M chars); listSources, every text, as the Library read before: ${fmt(r.fullSources)} → ${(r.fullSources / r.summaries).toFixed(1)}×`)

    const opens: number[] = []
    let reads = 0
    for (let i = 0; i < RUNS; i++) {
      const o = await page.evaluate((n) => window.libraryBench.open(n), SOURCES)
      opens.push(o.ms)
      reads += o.sourceReads
    }
    const openMs = median(opens)
    console.log(`open the Library (new connection, LibraryView mounted, first card shown): median ${fmt(openMs)} (min ${fmt(Math.min(...opens))}, max ${fmt(Math.max(...opens))}; target < ${OPEN_TARGET} ms); source records read: ${reads}`)
    if (openMs >= OPEN_TARGET || reads > 0) failed = true

    const typed = await page.evaluate(() => window.libraryBench.typeSearch('interpel'))
    const typed2 = await page.evaluate(() => window.libraryBench.typeSearch('eleves prefecture'))
    console.log(`typing a search in the open Library: first search, count updated in ${fmt(typed.ms)}, texts searched too in ${fmt(typed.withTextMs)} (reads the text words once) → "${typed.shown}"; next search ${fmt(typed2.withTextMs)} → "${typed2.shown}"`)

    const cases: [string, Partial<SourceQuery>][] = [
      ['no filter, newest import first', {}],
      ['kind = interview', { kind: 'interview' }],
      ['language = en', { lang: 'en' }],
      ['outlet = Le Monde', { outlet: 'Le Monde' }],
      ['published 2021 to 2022-06', { dateFrom: '2021', dateTo: '2022-06' }],
      ['all four filters', { kind: 'article', lang: 'fr', outlet: 'Le Monde', dateFrom: '2019', dateTo: '2023' }],
      ['search title word "story"', { search: 'story' }],
      ['search text word "situation"', { search: 'situation' }],
      ['search text, no accents "prefecture"', { search: 'prefecture' }],
      ['search "e" (one letter, worst case)', { search: 'e' }],
      ['search absent word "zzzz"', { search: 'zzzz' }],
      ['search two words + filter', { search: 'selon situation', lang: 'fr' }],
      ['sort title asc', { sort: 'title', dir: 'asc' }],
      ['sort outlet desc', { sort: 'outlet', dir: 'desc' }],
      ['sort claims desc', { sort: 'claimCount', dir: 'desc' }],
      ['sort publication date asc', { sort: 'publishedAt', dir: 'asc' }]
    ]
    let worst = 0
    for (const [name, q] of cases) {
      const f = await page.evaluate(([qq, runs]) => window.libraryBench.filter(qq, runs), [q, RUNS] as const)
      worst = Math.max(worst, f.median)
      console.log(`${name.padEnd(40)} median ${fmt(f.median).padStart(9)}  (max ${fmt(f.max)}; ${f.matches} sources)`)
    }
    console.log(`slowest filter/search/sort median: ${fmt(worst)} (target < ${FILTER_TARGET} ms)`)
    if (worst >= FILTER_TARGET) failed = true
  } finally {
    await browser.close()
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
  if (failed) {
    console.error('library bench: a target was missed')
    process.exit(1)
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
