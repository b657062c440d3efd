// Benchmark of shared/extract against Microsoft Recognizers-Text, in one process, plus the CLI end to end.
// Run: node --import tsx tests/bench/extract/run.ts   (see README.md beside this file for the options)
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'
import { loadGold, scoreGold } from '../../unit/extract/goldScore'
import { recognizeAll, recognizersAsClaims } from './recognizers'

const repoRoot = resolve(__dirname, '../../..')
const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus', 'bench')
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 4) * 1e6
const RT_SAMPLE_CHARS = Number(process.env.BENCH_RT_CHARS ?? 60_000)
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

interface OurFigures { chars: number; bytes: number; seconds: number; claims: number }
interface RtFigures { sampleChars: number; sampleLines: number; seconds: number; results: number; initSeconds: number }

function timeOurs(lang: Lang, lines: string[]): { seconds: number; claims: number } {
  // one warm-up pass over the first 2,000 lines so the JIT has compiled the hot paths
  for (const l of lines.slice(0, 2000)) extractClaims(l, { lang })
  const t0 = performance.now()
  let claims = 0
  for (const l of lines) claims += extractClaims(l, { lang }).length
  return { seconds: (performance.now() - t0) / 1000, claims }
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
  return { sampleChars, sampleLines: sample.length, seconds: (performance.now() - t0) / 1000, results, initSeconds }
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
    console.log(`[ours ${lang}] ${fmt(c.bytes / 1e6)} MB, ${c.lines.length} lines: ${fmt(r.seconds)} s, ${fmt(c.bytes / 1e6 / r.seconds)} MB/s, ${fmt(c.chars / r.seconds, 0)} chars/s, ${fmt(r.claims / r.seconds, 0)} claims/s (${r.claims} claims)`)
  }
  for (const lang of LANGS) {
    const lines = data.find((d) => d.lang === lang)?.lines ?? []
    const r = timeRecognizers(lang, lines)
    rt[lang] = r
    console.log(`[recognizers ${lang}] first call (init) ${fmt(r.initSeconds)} s; sample of ${r.sampleLines} lines / ${r.sampleChars} chars: ${fmt(r.seconds)} s → ${fmt(r.sampleChars / r.seconds, 0)} chars/s (${r.results} results)`)
  }
  const cli = await timeCli(data)
  console.log(`[cli] extract --jsonl on ${fmt(cli.bytes / 1e6)} MB of JSONL (${fmt(cli.chars / 1e6)} M chars of text, ${cli.outLines} lines out): ${fmt(cli.seconds)} s including process start`)

  // gold set: ours and Recognizers-Text scored by the same scorer
  const gold = loadGold(resolve(repoRoot, 'tests/fixtures/claims/invented'))
  let goldLines: string[] = []
  if (gold.ok) {
    const oursScore = scoreGold(gold.value, (p) => extractClaims(p.text, { lang: p.lang, date: p.date }))
    const rtScore = scoreGold(gold.value, (p) => recognizersAsClaims(p.text, p.lang))
    for (const lang of LANGS) {
      const o = oursScore.byLang[lang]
      const r = rtScore.byLang[lang]
      if (!o || !r) continue
      goldLines.push(
        `gold ${lang}: ours P ${fmt(o.precision * 100, 1)}% R ${fmt(o.recall * 100, 1)}% F1 ${fmt(o.f1 * 100, 1)}% (subject ${fmt(o.subjectAcc * 100, 1)}%, speaker ${fmt(o.speakerAcc * 100, 1)}%, non-claims hit ${o.nonClaimHits})` +
          ` | Recognizers-Text P ${fmt(r.precision * 100, 1)}% R ${fmt(r.recall * 100, 1)}% F1 ${fmt(r.f1 * 100, 1)}% (non-claims hit ${r.nonClaimHits})`
      )
    }
  } else goldLines = [`gold: not scored (${gold.error})`]

  const rtRate = (lang: Lang): number => (rt[lang] as RtFigures).sampleChars / (rt[lang] as RtFigures).seconds
  const ourRate = (lang: Lang): number => (ours[lang] as OurFigures).chars / (ours[lang] as OurFigures).seconds
  // what Recognizers-Text would take on the CLI's input, extrapolated from its measured rate per language
  const rtCliSeconds = data.reduce((s, d) => s + d.lines.reduce((a, l) => a + l.length, 0) / rtRate(d.lang), 0)
  console.log('\n===== results: shared/extract vs Microsoft Recognizers-Text =====')
  for (const lang of LANGS) {
    const o = ours[lang] as OurFigures
    console.log(
      `${lang}: ours ${fmt(o.bytes / 1e6 / o.seconds)} MB/s (${fmt(ourRate(lang), 0)} chars/s, ${fmt(o.claims / o.seconds, 0)} claims/s) | ` +
        `Recognizers-Text ${fmt(rtRate(lang), 0)} chars/s (sample, extrapolated) | ratio ${fmt(ourRate(lang) / rtRate(lang), 0)}×`
    )
  }
  console.log(
    `cli: ${fmt(cli.bytes / 1e6 / cli.seconds)} MB/s of JSONL, ${fmt(cli.chars / cli.seconds, 0)} chars/s of text, process start included | ` +
      `Recognizers-Text would take ${fmt(rtCliSeconds, 0)} s on the same text | ratio ${fmt(rtCliSeconds / cli.seconds, 0)}×`
  )
  for (const l of goldLines) console.log(l)
  console.log('Recognizers-Text ran one line at a time on an evenly spread sample of lines; its first-call initialisation is excluded.')
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
