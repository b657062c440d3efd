// Benchmark of shared/extract against Microsoft Recognizers-Text, in one process, plus the CLI end to end.
// Run: node --import tsx tests/bench/extract/run.ts   (see README.md beside this file for the options)
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'
import { loadGold, scoreGold } from '../../unit/extract/goldScore'
import type { MemoryFigures } from './memory'
import { recognizeAll, recognizeNumbersOnly, recognizersAsClaims } from './recognizers'

const repoRoot = resolve(__dirname, '../../..')
const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus', 'bench')
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 4) * 1e6
const RT_SAMPLE_CHARS = Number(process.env.BENCH_RT_CHARS ?? 60_000)
const MEMORY_INPUT_BYTES = Number(process.env.BENCH_MEMORY_MB ?? 10) * 1e6
const MEMORY_LIMIT_MB = 200
const LANGS: Lang[] = ['fr', 'en']

const fmt = (x: number, d = 2): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })

/** The bench corpus of one language repeated to about TARGET_BYTES, as lines (one paragraph or sentence each). */
function corpusLines(lang: Lang): { lines: string[]; chars: number; bytes: number } {
  const base = readFileSync(join(corpusDir, `${lang}.txt`), 'utf8').split('\n').filter((l) => l.trim() !== '')
  const lines: string[] = []
  let bytes = 0
  let chars = 0
  while (bytes < TARGET_BYTES) {
    for (const l of base) {
      lines.push(l)
      bytes += Buffer.byteLength(l) + 1
      chars += l.length + 1
      if (bytes >= TARGET_BYTES) break
    }
  }
  return { lines, chars, bytes }
}

interface OurFigures { chars: number; bytes: number; seconds: number; claims: number; passes: number[] }
interface RtFigures { sampleChars: number; sampleLines: number; seconds: number; results: number; initSeconds: number; numberSeconds: number; numberResults: number }

function timeOurs(lang: Lang, lines: string[]): { seconds: number; claims: number; passes: number[] } {
  // one warm-up pass over the whole text (the JIT compiles the hot paths, the lexicons are decoded, the stem caches
  // fill), then the median of five timed passes: this machine is noisy, a single pass varies by half
  for (const l of lines) extractClaims(l, { lang })
  const passes: number[] = []
  let claims = 0
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now()
    claims = 0
    for (const l of lines) claims += extractClaims(l, { lang }).length
    passes.push((performance.now() - t0) / 1000)
  }
  const sorted = [...passes].sort((a, b) => a - b)
  return { seconds: sorted[2], claims, passes }
}

function timeRecognizers(lang: Lang, lines: string[]): RtFigures {
  // the first call compiles the suite's regular expressions (seconds): timed apart, reported, not counted
  const i0 = performance.now()
  recognizeAll(lines[0] ?? 'warm up 1', lang)
  const initSeconds = (performance.now() - i0) / 1000
  for (const l of lines.slice(1, 30)) recognizeAll(l, lang)
  // an evenly spread sample of lines (every k-th), up to RT_SAMPLE_CHARS characters
  const total = lines.reduce((s, l) => s + l.length + 1, 0)
  const step = Math.max(1, Math.floor(total / RT_SAMPLE_CHARS))
  const sample: string[] = []
  let sampleChars = 0
  for (let i = 30; i < lines.length && sampleChars < RT_SAMPLE_CHARS; i += step) {
    sample.push(lines[i])
    sampleChars += lines[i].length + 1
  }
  const t0 = performance.now()
  let results = 0
  for (const l of sample) results += recognizeAll(l, lang).length
  const seconds = (performance.now() - t0) / 1000
  // the number recogniser alone, on the same sample
  const t1 = performance.now()
  let numberResults = 0
  for (const l of sample) numberResults += recognizeNumbersOnly(l, lang).length
  return { sampleChars, sampleLines: sample.length, seconds, results, initSeconds, numberSeconds: (performance.now() - t1) / 1000, numberResults }
}

/** Runs the child mode in a fresh process per language, so that one measurement does not inherit the other's heap. */
function measurePeakMemory(lang: Lang): MemoryFigures {
  // a separate script, so the measured process holds only the extractor (not Recognizers-Text, not the gold sets)
  // bundled with esbuild and run on plain Node, as the app's worker and the built CLI run it: tsx's own ~50 MB of
  // loaders and source maps would otherwise count as the extractor's memory
  const bundle = join(mkdtempSync(join(tmpdir(), 'claimledger-memory-')), 'memory.cjs')
  buildSync({ entryPoints: [join(__dirname, 'memory.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' })
  const corpus = resolve(repoRoot, '..', 'shared', 'corpus', 'bench')
  const r = spawnSync(process.execPath, [bundle, lang], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1e6, env: { ...process.env, BENCH_CORPUS: corpus, BENCH_MEMORY_MB: String(MEMORY_INPUT_BYTES / 1e6) } })
  if (r.status !== 0) throw new Error(`bench extract: the peak-memory run for ${lang} failed (${r.status}): ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as MemoryFigures
}

async function timeCli(files: { lang: Lang; lines: string[] }[]): Promise<{ seconds: number; bytes: number; chars: number; outLines: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-bench-'))
  const input = join(dir, 'input.jsonl')
  const out = createWriteStream(input)
  let chars = 0
  let id = 0
  for (const f of files) {
    for (const text of f.lines) {
      out.write(JSON.stringify({ id: id++, lang: f.lang, text }) + '\n')
      chars += text.length
    }
  }
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())))
  const bytes = statSync(input).size
  const t0 = performance.now()
  const outLines = await new Promise<number>((res, rej) => {
    const child = spawn(process.execPath, [join(repoRoot, 'electron/cli/bin.cjs'), 'extract', '--jsonl'], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit']
    })
    let n = 0
    child.stdout.on('data', (b: Buffer) => {
      for (let i = 0; i < b.length; i++) if (b[i] === 10) n++
    })
    child.on('error', rej)
    child.on('close', (code) => (code === 0 ? res(n) : rej(new Error(`CLI exited with ${code}`))))
    const src = readFileSync(input)
    child.stdin.end(src)
  })
  const seconds = (performance.now() - t0) / 1000
  rmSync(dir, { recursive: true, force: true })
  return { seconds, bytes, chars, outLines }
}

async function main(): Promise<void> {
  const ours: Partial<Record<Lang, OurFigures>> = {}
  const rt: Partial<Record<Lang, RtFigures>> = {}
  const data: { lang: Lang; lines: string[] }[] = []
  for (const lang of LANGS) {
    const c = corpusLines(lang)
    data.push({ lang, lines: c.lines })
    const r = timeOurs(lang, c.lines)
    ours[lang] = { chars: c.chars, bytes: c.bytes, ...r }
    const each = r.passes.map((p) => fmt(c.bytes / 1e6 / p)).join(' ')
    console.log(`[ours ${lang}] ${fmt(c.bytes / 1e6)} MB, ${c.lines.length} lines: median of 5 passes after a warm-up one ${fmt(r.seconds)} s, ${fmt(c.bytes / 1e6 / r.seconds)} MB/s (passes: ${each} MB/s), ${fmt(c.chars / r.seconds, 0)} chars/s, ${fmt(r.claims / r.seconds, 0)} claims/s (${r.claims} claims)`)
  }
  for (const lang of LANGS) {
    const lines = data.find((d) => d.lang === lang)?.lines ?? []
    const r = timeRecognizers(lang, lines)
    rt[lang] = r
    console.log(
      `[recognizers ${lang}] first call (init) ${fmt(r.initSeconds)} s; sample of ${r.sampleLines} lines / ${r.sampleChars} chars: ` +
        `four recognisers ${fmt(r.seconds)} s → ${fmt(r.sampleChars / r.seconds, 0)} chars/s (${r.results} results); ` +
        `number recogniser alone ${fmt(r.numberSeconds)} s → ${fmt(r.sampleChars / r.numberSeconds, 0)} chars/s (${r.numberResults} results)`
    )
  }
  const memory = LANGS.map((lang) => measurePeakMemory(lang))
  for (const m of memory) {
    console.log(
      `[memory ${m.lang}] one extractClaims call on ${fmt(m.bytes / 1e6)} MB: ${fmt(m.seconds)} s (${fmt(m.bytes / 1e6 / m.seconds)} MB/s, ${m.claims} claims); ` +
        `peak resident memory ${fmt(m.peakRssMb, 0)} MB (process at start ${fmt(m.baseRssMb, 0)} MB), peak heap ${fmt(m.peakHeapMb, 0)} MB`
    )
  }
  const cli = await timeCli(data)
  console.log(`[cli] extract --jsonl on ${fmt(cli.bytes / 1e6)} MB of JSONL (${fmt(cli.chars / 1e6)} M chars of text, ${cli.outLines} lines out): ${fmt(cli.seconds)} s including process start`)

  // gold sets: ours, Recognizers-Text's four recognisers and its number recogniser alone, by the same scorer. The test
  // split is frozen: only its overall figures are printed, never its errors.
  const goldLines: string[] = []
  for (const set of ['test', 'invented'] as const) {
    const gold = loadGold(resolve(repoRoot, 'tests/fixtures/claims', set))
    if (!gold.ok) {
      goldLines.push(`gold ${set}: not scored (${gold.error})`)
      continue
    }
    const oursScore = scoreGold(gold.value, (p) => extractClaims(p.text, { lang: p.lang, date: p.date }))
    const rtScore = scoreGold(gold.value, (p) => recognizersAsClaims(p.text, p.lang, 'all'))
    const rtNumberScore = scoreGold(gold.value, (p) => recognizersAsClaims(p.text, p.lang, 'number'))
    const f1 = (x: { precision: number; recall: number; f1: number }): string => `F1 ${fmt(x.f1 * 100, 1)}% (P ${fmt(x.precision * 100, 1)}%, R ${fmt(x.recall * 100, 1)}%)`
    for (const lang of LANGS) {
      const o = oursScore.byLang[lang]
      const r = rtScore.byLang[lang]
      const n = rtNumberScore.byLang[lang]
      if (!o || !r || !n) continue
      goldLines.push(`gold ${set} ${lang} (${o.passages} passages, ${o.gold} claims): ours ${f1(o)} | Recognizers-Text, four recognisers ${f1(r)} | number recogniser alone ${f1(n)}`)
    }
  }

  const rtRate = (lang: Lang): number => (rt[lang] as RtFigures).sampleChars / (rt[lang] as RtFigures).seconds
  const ourRate = (lang: Lang): number => (ours[lang] as OurFigures).chars / (ours[lang] as OurFigures).seconds
  // what Recognizers-Text would take on the CLI's input, extrapolated from its measured rate per language
  const rtCliSeconds = data.reduce((s, d) => s + d.lines.reduce((a, l) => a + l.length, 0) / rtRate(d.lang), 0)
  console.log('\n===== results: shared/extract vs Microsoft Recognizers-Text =====')
  for (const lang of LANGS) {
    const o = ours[lang] as OurFigures
    const r = rt[lang] as RtFigures
    const numberRate = r.sampleChars / r.numberSeconds
    console.log(
      `${lang}: ours ${fmt(o.bytes / 1e6 / o.seconds)} MB/s (${fmt(ourRate(lang), 0)} chars/s, ${fmt(o.claims / o.seconds, 0)} claims/s) | ` +
        `Recognizers-Text four recognisers ${fmt(rtRate(lang), 0)} chars/s, ratio ${fmt(ourRate(lang) / rtRate(lang), 0)}× | ` +
        `number recogniser alone ${fmt(numberRate, 0)} chars/s, ratio ${fmt(ourRate(lang) / numberRate, 0)}×`
    )
  }
  for (const m of memory) {
    const verdict = m.peakRssMb < MEMORY_LIMIT_MB ? `under the ${MEMORY_LIMIT_MB} MB limit` : `OVER the ${MEMORY_LIMIT_MB} MB limit`
    console.log(`memory ${m.lang}: peak ${fmt(m.peakRssMb, 0)} MB resident on a ${fmt(m.bytes / 1e6)} MB input (${verdict}), ${fmt(m.bytes / 1e6 / m.seconds)} MB/s in one call`)
  }
  console.log(
    `cli: ${fmt(cli.bytes / 1e6 / cli.seconds)} MB/s of JSONL, ${fmt(cli.chars / cli.seconds, 0)} chars/s of text, process start included | ` +
      `Recognizers-Text would take ${fmt(rtCliSeconds, 0)} s on the same text | ratio ${fmt(rtCliSeconds / cli.seconds, 0)}×`
  )
  for (const l of goldLines) console.log(l)
  console.log('Recognizers-Text ran one line at a time on an evenly spread sample of lines (no-break spaces made plain spaces for it); its first-call initialisation is excluded.')
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
