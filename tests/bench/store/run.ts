/**
 * Store benchmark (issue 5, item 7): writes 100 000 claims over 2 000 sources into IndexedDB
 * in headless Chromium through the real db layer, then times the Claims table's queries
 * (a page of 100 rows, as the virtualised table asks) and prints medians.
 *
 *   npx tsx tests/bench/store/run.ts [sources=2000] [claimsPerSource=50]
 *
 * Targets: write < 10 s; filter or search < 100 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { type ClaimQuery } from '../../../renderer/src/db/repositories/claims'
import { serve } from '../staticServer'

const sources = Number(process.argv[2] ?? 2000)
const perSource = Number(process.argv[3] ?? 50)
const RUNS = Number(process.env.RUNS ?? 9)
const PAGE = { offset: 0, limit: 100 }

async function bundle(dir: string): Promise<string> {
  const entry = fileURLToPath(new URL('./entry.ts', import.meta.url))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>store bench</title><script type="module" src="${entry}"></script>`)
  const out = join(dir, 'dist')
  await build({ root: dir, configFile: false, logLevel: 'warn', build: { outDir: out, emptyOutDir: true, minify: true, modulePreload: false } })
  return out
}


const fmt = (ms: number): string => `${ms.toFixed(1)} ms`

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-store-bench-'))
  const server = await serve(await bundle(dir))
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true
  })
  try {
    const page = await browser.newPage()
    page.on('pageerror', (e) => console.error('page error:', e))
    await page.goto(server.url)
    await page.waitForFunction(() => 'storeBench' in window)
    const w = await page.evaluate(([s, p]) => window.storeBench.write(s, p), [sources, perSource] as const)
    console.log(`write: ${w.claims} claims over ${sources} sources in ${(w.ms / 1000).toFixed(2)} s (target < 10 s)  [corpus generation ${fmt(w.generateMs)}, not counted]`)
    const raw = await page.evaluate(([s, p]) => window.storeBench.writeRaw(s, p), [sources, perSource] as const)
    console.log(`write, peer: plain Dexie bulkAdd of the same corpus with only the required indexes: ${(raw.ms / 1000).toFixed(2)} s → ClaimLedger's store takes ${(w.ms / raw.ms).toFixed(2)}× the peer's time`)
    const c = await page.evaluate((q) => window.storeBench.cold(q), { ...PAGE, verdict: ['false'] } as ClaimQuery)
    console.log(`new window, default Claims page (read from the date index while the claim index loads): ${fmt(c.defaultPage)}`)
    console.log(`new window, first filtered query (loads all digests): ${fmt(c.total)}  [reading the digests ${fmt(c.readDigests)}, JSON.parse ${fmt(c.parseJson)}, ${c.digestMB.toFixed(1)} MB of UTF-16; index load ${fmt(c.load)}, first sort ${fmt(c.firstSort)}]`)
    const speaker = await page.evaluate(() => window.storeBench.speakerOf())
    const cases: [string, ClaimQuery][] = [
      ['first page, no filter (statedAt desc)', { ...PAGE }],
      ['filter verdict=false', { ...PAGE, verdict: ['false'] }],
      ['filter lang=en + status=confirmed', { ...PAGE, lang: 'en', status: ['confirmed'] }],
      ['filter speaker (1 of 200)', { ...PAGE, speaker }],
      ['filter tag=crack', { ...PAGE, tag: 'crack' }],
      ['filter date range 2021', { ...PAGE, dateFrom: '2021', dateTo: '2021' }],
      ['search "interpel" (prefix)', { ...PAGE, search: 'interpel' }],
      ['search "eleves" (accents)', { ...PAGE, search: 'eleves' }],
      ['search "prefecture police" (two words)', { ...PAGE, search: 'prefecture police' }],
      ['search "e" (one letter, worst case)', { ...PAGE, search: 'e' }],
      ['search + filter', { ...PAGE, search: 'eleves', verdict: ['accurate', 'false'] }],
      ['sort subject asc, no filter', { ...PAGE, sort: { field: 'subject', dir: 'asc' } }],
      ['sort value desc, page at 50 000', { offset: 50000, limit: 100, sort: { field: 'value', dir: 'desc' } }],
      ['sort speaker asc + verdict filter', { ...PAGE, verdict: ['misleading'], sort: { field: 'speaker', dir: 'asc' } }],
      ['sort period (many blanks)', { ...PAGE, sort: { field: 'period', dir: 'asc' } }]
    ]
    const results: { name: string; median: number }[] = []
    for (const [name, q] of cases) {
      const r = await page.evaluate(([qq, runs]) => window.storeBench.time(qq, runs), [q, RUNS] as const)
      results.push({ name, median: r.median })
      console.log(`${name.padEnd(42)} median ${fmt(r.median).padStart(9)}  (min ${fmt(r.min)}, max ${fmt(r.max)}; ${r.total} matches, ${r.rows} rows)`)
    }
    for (const [name, q] of [['select all, no filter', {}], ['select all, verdict filter', { verdict: ['misleading'] }], ['select all, search "eleves"', { search: 'eleves' }]] as [string, ClaimQuery][]) {
      const r = await page.evaluate(([qq, runs]) => window.storeBench.timeIds(qq, runs), [q, RUNS] as const)
      console.log(`${name.padEnd(42)} median ${fmt(r.median).padStart(9)}  (${r.ids} ids)`)
    }
    const e = await page.evaluate(() => window.storeBench.editThenQuery(9))
    console.log(`one verdict edit: median ${fmt(e.edit)}; the table's next query: median ${fmt(e.query)}`)
    const lib = await page.evaluate(() => window.storeBench.library(5))
    console.log(`library list (listSources: ${sources} sources with text and claim counts): median ${fmt(lib.sources)}; source picker (listSourceOptions): median ${fmt(lib.options)}`)
    const over = results.filter((r) => r.median >= 100)
    console.log(over.length === 0 ? 'all queries under 100 ms (median)' : `over 100 ms: ${over.map((r) => r.name).join('; ')}`)
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
