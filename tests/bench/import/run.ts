/**
 * Import benchmark (issue 4, item 7): 1 000 articles (≈ 5 MB of text) dropped on the Library of the
 * real app in headless Chromium, parsed, extracted (Web Worker) and stored (IndexedDB), timed until
 * the import summary shows. Then the time for the Claims view to show its first rows.
 *
 *   npx tsx tests/bench/import/run.ts [articles=1000] [runs=3]
 *
 * Articles are cut from the public French and English text in ../shared/corpus/bench (one file each,
 * ~5 KB, alternating languages). Target: under 10 s for 1 000 articles.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../chromium'

const root = join(__dirname, '..', '..', '..')
const articles = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 3)
const PORT = 4191

function makeArticles(n: number): { name: string; text: string }[] {
  const corpus = join(root, '..', 'shared', 'corpus', 'bench')
  const langs = ['fr', 'en'].map((l) => readFileSync(join(corpus, `${l}.txt`), 'utf8').split('\n').filter((line) => line.trim()))
  const cursor = [0, 0]
  const out: { name: string; text: string }[] = []
  for (let i = 0; i < n; i++) {
    const k = i % 2
    const lines = langs[k]
    const parts: string[] = []
    let size = 0
    while (size < 5000) {
      const line = lines[cursor[k] % lines.length]
      cursor[k]++
      parts.push(line)
      size += line.length + 2
    }
    // A unique first line: the same text twice would be skipped as a duplicate.
    out.push({ name: `article-${String(i).padStart(4, '0')}-2024-0${(i % 9) + 1}-15.txt`, text: `Article ${i}\n\n${parts.join('\n\n')}` })
  }
  return out
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'out', 'web', 'index.html')) || process.env.REBUILD) {
    const built = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' })
    if (built.status !== 0) throw new Error('npm run build:web failed')
  }
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.renderer.config.mts', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' })
  await new Promise((r) => setTimeout(r, 3000))
  const files = makeArticles(articles)
  const megabytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6
  console.log(`import benchmark: ${articles} articles, ${megabytes.toFixed(2)} MB of text, ${runs} runs`)
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true })
  const totals: number[] = []
  const saves: number[] = []
  const paints: number[] = []
  const longest: number[] = []
  const blocked: number[] = []
  let claimsFound = 0
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
      const page = await context.newPage()
      await page.goto(`http://127.0.0.1:${PORT}/`)
      await page.getByRole('button', { name: 'Import files' }).waitFor()
      const transfer = await page.evaluateHandle((list) => {
        const dt = new DataTransfer()
        for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }))
        return dt
      }, files)
      // Responsiveness: every task that blocked the page's main thread for more than 50 ms.
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] }
        w.longTasks = []
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration)
        }).observe({ type: 'longtask', buffered: false })
      })
      const started = Date.now()
      await page.locator('.drop-target').dispatchEvent('drop', { dataTransfer: transfer })
      const importButton = page.getByRole('button', { name: `Import ${articles} sources` })
      await importButton.waitFor({ timeout: 120_000 })
      const reviewed = Date.now()
      await importButton.click()
      const summary = page.getByRole('region', { name: /Import finished/ })
      await summary.waitFor({ timeout: 300_000 })
      const done = Date.now()
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
      longest.push(Math.max(0, ...tasks))
      blocked.push(tasks.reduce((a, b) => a + b, 0))
      const text = (await summary.textContent()) ?? ''
      claimsFound = Number((/([\d,]+) claims? found/.exec(text)?.[1] ?? '0').replace(/,/g, ''))
      if (!text.includes(`${articles} added`)) throw new Error(`unexpected summary: ${text}`)
      totals.push((done - started) / 1000)
      saves.push((done - reviewed) / 1000)
      const t0 = Date.now()
      await page.getByRole('link', { name: 'Claims' }).click()
      await page.getByRole('table', { name: 'Claims' }).getByRole('checkbox').first().waitFor()
      paints.push(Date.now() - t0)
      console.log(`run ${run + 1}: total ${((done - started) / 1000).toFixed(2)} s (parse + review ${((reviewed - started) / 1000).toFixed(2)} s, extract + store ${((done - reviewed) / 1000).toFixed(2)} s), ${claimsFound} claims; Claims view first rows ${paints[paints.length - 1]} ms`)
      await context.close()
    }
  } finally {
    await browser.close()
    server.kill()
  }
  const total = median(totals)
  console.log('')
  console.log(`import: ${articles} articles (${megabytes.toFixed(2)} MB) in ${total.toFixed(2)} s median → ${(articles / total).toFixed(0)} sources/s, ${(megabytes / total).toFixed(2)} MB/s, ${claimsFound} claims (${(claimsFound / total).toFixed(0)} claims/s)`)
  console.log(`import: extract + store alone ${median(saves).toFixed(2)} s median; target < 10 s total: ${total < 10 ? 'met' : 'NOT met'}`)
  console.log(`claims view: first rows ${median(paints)} ms median after import (${claimsFound} claims)`)
  console.log(`responsiveness during import: longest main-thread task ${median(longest).toFixed(0)} ms median, ${(median(blocked) / 1000).toFixed(2)} s blocked in tasks over 50 ms (of ${total.toFixed(2)} s)`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
