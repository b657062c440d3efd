/**
 * Browser side of the Library benchmark (issue 13, item 2): the real db layer and the real
 * LibraryView, bundled into a page that tests/bench/library/run.ts opens in headless Chromium.
 * Exposes `window.libraryBench`.
 */
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { type Source, type SourceKind } from '../../../shared/model'
import { ensureOpen, openDatabase, type ClaimLedgerDB } from '../../../renderer/src/db/database'
import { setDb } from '../../../renderer/src/db/context'
import { importBatch, listSourceSummaries, listSourceWords, listSources } from '../../../renderer/src/db/repositories/sources'
import { summaryOf, wordsOf, type SourceSummaryRow } from '../../../renderer/src/db/sourceSummary'
import { LibraryView } from '../../../renderer/src/features/library/LibraryView'
import { DEFAULT_SOURCE_QUERY, querySources, type SourceQuery } from '../../../renderer/src/features/library/sourceQuery'
import { I18nProvider } from '../../../renderer/src/i18n'
import { NoticeProvider } from '../../../renderer/src/ui/notices'
import { makeCorpus } from '../store/entry'
import '../../../renderer/src/styles.css'

const NAME = 'claimledger-library-bench'
const OUTLETS = ['Le Monde', 'Libération', 'Le Figaro', 'BBC', 'Mediapart', 'AFP', 'Reuters', 'Ouest-France', 'The Guardian', 'France Inter']
const KINDS: SourceKind[] = ['article', 'interview', 'transcript', 'report', 'other']

let db: ClaimLedgerDB | null = null

/** `n` sources of `perSource` claims (store bench corpus: a few KB of text each), with outlets and kinds. */
async function write(n: number, perSource: number): Promise<{ ms: number; claims: number; summaryMs: number }> {
  const corpus = makeCorpus(n, perSource).map(({ source, claims }, i) => ({
    source: { ...source, outlet: i % 9 === 8 ? undefined : OUTLETS[i % OUTLETS.length], kind: KINDS[i % KINDS.length] } satisfies Source,
    claims
  }))
  // What the summaries and text words add to an import: computing them (their bulkPut is one per transaction).
  const s = performance.now()
  for (const { source } of corpus) {
    summaryOf(source, 10)
    wordsOf(source)
  }
  const summaryMs = performance.now() - s
  db = openDatabase(NAME)
  await ensureOpen(db)
  const t = performance.now()
  await importBatch(db, corpus)
  return { ms: performance.now() - t, claims: corpus.reduce((k, c) => k + c.claims.length, 0), summaryMs }
}

const host = document.createElement('div')
host.style.height = '800px'
document.body.append(host)
let root: Root | null = null

/** Resolves when `test` holds, checked every animation frame; fails after 20 s saying what the page shows. */
function until(test: () => boolean, what: string): Promise<void> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (test()) resolve()
      else if (performance.now() - start > 20_000) reject(new Error(`library bench: ${what} did not happen in 20 s; the page shows: ${host.innerText.slice(0, 300)}`))
      else requestAnimationFrame(tick)
    }
    tick()
  })
}

/**
 * The Library as a new window opens it: a fresh connection, LibraryView mounted, timed until the
 * first source card is in the page. Counts the source records read meanwhile (must be 0).
 */
async function open(expected: number): Promise<{ ms: number; sourceReads: number; shown: string }> {
  root?.unmount()
  const fresh = openDatabase(NAME)
  await ensureOpen(fresh)
  let sourceReads = 0
  fresh.sources.hook('reading', (s) => {
    sourceReads++
    return s
  })
  setDb(fresh)
  const t = performance.now()
  root = createRoot(host)
  root.render(<I18nProvider lang="en"><NoticeProvider><LibraryView navigate={() => undefined} /></NoticeProvider></I18nProvider>)
  await until(() => host.querySelector('.source-card') !== null && (host.querySelector('.library-bulk > span')?.textContent ?? '').includes(expected.toLocaleString('en')), 'the list')
  const ms = performance.now() - t
  return { ms, sourceReads, shown: host.querySelector('.library-bulk > span')?.textContent ?? '' }
}

/**
 * Types into the mounted Library's search box and times until the shown count changes (title, outlet
 * and speakers searched) and until the texts were searched too (no "Searching the texts too…" left).
 */
async function typeSearch(text: string): Promise<{ ms: number; withTextMs: number; shown: string }> {
  const input = host.querySelector<HTMLInputElement>('input[type="search"]')
  if (!input) throw new Error('open the Library first')
  const label = host.querySelector('.library-bulk > span')
  const before = label?.textContent ?? ''
  const t = performance.now()
  flushSync(() => {
    // React listens for the native input event; set the value the way a keystroke does.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await until(() => (host.querySelector('.library-bulk > span')?.textContent ?? '') !== before, `the count after typing "${text}"`)
  const ms = performance.now() - t
  await until(() => host.querySelector('[role="status"].small-text') === null, `the text search of "${text}"`)
  return { ms, withTextMs: performance.now() - t, shown: host.querySelector('.library-bulk > span')?.textContent ?? '' }
}

let summaries: SourceSummaryRow[] = []
let words: ReadonlyMap<string, string> | undefined

/** Reads: the summaries (what the list needs), the text words (first search), and listSources (every text) for comparison. */
async function reads(runs: number): Promise<{ summaries: number; words: number; fullSources: number; summaryKB: number; wordsMB: number }> {
  if (!db) throw new Error('write first')
  const d = db
  const median = async (f: () => Promise<unknown>): Promise<number> => {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      await f()
      times.push(performance.now() - t)
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
  }
  const s = await median(async () => { summaries = await listSourceSummaries(d) })
  const w = await median(async () => { words = await listSourceWords(d) })
  const full = await median(() => listSources(d))
  const summaryKB = JSON.stringify(summaries).length / 1024
  const wordsMB = [...(words ?? new Map<string, string>()).values()].reduce((k, v) => k + v.length, 0) / 1e6
  return { summaries: s, words: w, fullSources: full, summaryKB, wordsMB }
}

/** querySources over the loaded summaries (and text words), median of runs. */
function filter(q: Partial<SourceQuery>, runs: number): { median: number; max: number; matches: number } {
  const query = { ...DEFAULT_SOURCE_QUERY, ...q }
  const times: number[] = []
  let matches = 0
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    matches = querySources(summaries, query, words).rows.length
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(runs / 2)], max: times[times.length - 1], matches }
}

declare global {
  interface Window {
    libraryBench: { write: typeof write; open: typeof open; typeSearch: typeof typeSearch; reads: typeof reads; filter: typeof filter }
  }
}

window.libraryBench = { write, open, typeSearch, reads, filter }
