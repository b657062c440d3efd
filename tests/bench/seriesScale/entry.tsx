/**
 * Browser side of the Series-at-scale benchmark (issue 13, item 4): the real db layer, the real
 * suggestion worker and the real SeriesView, bundled into a page that tests/bench/seriesScale/run.ts
 * opens in headless Chromium. Exposes `window.seriesScaleBench`.
 */
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { type Claim } from '../../../shared/model'
import { ensureOpen, openDatabase, type ClaimLedgerDB } from '../../../renderer/src/db/database'
import { setDb } from '../../../renderer/src/db/context'
import { undoLast } from '../../../renderer/src/db/repositories/history'
import { createSeries, listSeries } from '../../../renderer/src/db/repositories/series'
import { importBatch } from '../../../renderer/src/db/repositories/sources'
import { loadSeriesClaims } from '../../../renderer/src/db/repositories/seriesClaims'
import { SeriesView } from '../../../renderer/src/features/series/SeriesView'
import type { Route } from '../../../renderer/src/app/route'
import { I18nProvider } from '../../../renderer/src/i18n'
import { NoticeProvider } from '../../../renderer/src/ui/notices'
import { makeCorpus } from '../store/entry'
import '../../../renderer/src/styles.css'

const NAME = 'claimledger-series-scale-bench'
let db: ClaimLedgerDB | null = null
const seriesIds: string[] = []

/**
 * `sources` sources of `perSource` claims (the store bench corpus), then `series` series of
 * `perSeries` claims each, picked across sources with one subject per series, as a newsroom builds them.
 */
async function write(sources: number, perSource: number, series: number, perSeries: number): Promise<{ ms: number; claims: number; seriesMs: number }> {
  const corpus = makeCorpus(sources, perSource)
  db = openDatabase(NAME)
  await ensureOpen(db)
  const t = performance.now()
  await importBatch(db, corpus)
  const ms = performance.now() - t
  const bySubject = new Map<string, Claim[]>()
  for (const { claims } of corpus) for (const c of claims) bySubject.set(c.subject ?? '', [...(bySubject.get(c.subject ?? '') ?? []), c])
  const subjects = [...bySubject.keys()].sort()
  const s = performance.now()
  for (let i = 0; i < series; i++) {
    const pool = bySubject.get(subjects[i % subjects.length]) ?? []
    const picked = pool.splice(0, perSeries).map((c) => c.id)
    const created = await createSeries(db, { name: `Bench series ${i} — ${subjects[i % subjects.length]}`, claimIds: picked }, 'bench')
    seriesIds.push(created.id)
  }
  return { ms, claims: corpus.reduce((k, c) => k + c.claims.length, 0), seriesMs: performance.now() - s }
}

// The app's window: the view fills it and its side list and main column scroll on their own.
const host = document.createElement('div')
host.style.height = '900px'
document.body.append(host)
let root: Root | null = null
let sourceReads = 0
let route: Route = { view: 'series' }

/** Resolves when `test` holds, checked every animation frame; fails after `ms` saying what the page shows. */
function until(test: () => boolean, what: string, ms = 20_000): Promise<void> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (test()) resolve()
      else if (performance.now() - start > ms) reject(new Error(`series scale bench: ${what} did not happen in ${ms / 1000} s; the page shows: ${host.innerText.slice(0, 300)}`))
      else requestAnimationFrame(tick)
    }
    tick()
  })
}

function render(): void {
  root?.render(
    <I18nProvider lang="en"><NoticeProvider><SeriesView seriesId={route.view === 'series' ? route.seriesId : undefined} navigate={(r) => { route = r; render() }} /></NoticeProvider></I18nProvider>
  )
}

/** The Series view as a new window opens it (fresh connection), on the first series; counts source records read from now on. */
async function mount(): Promise<{ ms: number }> {
  root?.unmount()
  const fresh = openDatabase(NAME)
  await ensureOpen(fresh)
  fresh.sources.hook('reading', (s) => {
    sourceReads++
    return s
  })
  setDb(fresh)
  db = fresh
  route = { view: 'series', seriesId: seriesIds[0] }
  const t = performance.now()
  root = createRoot(host)
  flushSync(render)
  await until(() => host.querySelectorAll('.series-claims > li').length > 0, 'the first series')
  return { ms: performance.now() - t }
}

const claimRows = (): number => host.querySelectorAll('.series-claims > li').length
const heading = (): string => host.querySelector('.series-main h1')?.textContent ?? ''

/** Clicks series `i` in the side list (as a user does) and times until its claims are listed and its chart drawn. */
async function open(i: number): Promise<{ ms: number; claims: number }> {
  const target = (await listSeries(db!)).find((s) => s.id === seriesIds[i])
  if (!target) throw new Error(`no series ${i}`)
  const link = [...host.querySelectorAll<HTMLAnchorElement>('.series-list a')].find((a) => a.getAttribute('href') === `#/series/${target.id}`)
  if (!link) throw new Error(`series ${i} is not in the side list`)
  const t = performance.now()
  flushSync(() => link.click())
  await until(() => heading() === target.name && claimRows() === target.claimIds.length && host.querySelector('canvas') !== null, `series ${i} to open`)
  // One more frame: the chart draws in the frame after its data.
  await new Promise(requestAnimationFrame)
  return { ms: performance.now() - t, claims: claimRows() }
}

const suggestionCards = (): HTMLElement[] => [...host.querySelectorAll<HTMLElement>('.suggestions > li')]

/**
 * Waits for the worker's suggestions (reading and grouping every unassigned claim) and says how long that took;
 * `settled`: also until the worker has answered for the latest change (the list is no longer busy).
 */
async function suggestions(settled = false): Promise<{ ms: number; shown: number }> {
  const t = performance.now()
  await until(() => suggestionCards().length > 0 && (!settled || host.querySelector('.suggestions[aria-busy="true"]') === null), 'suggestions', 600_000)
  return { ms: performance.now() - t, shown: suggestionCards().length }
}

/** Accepts the first suggestion and times until its series is open with all its claims, and the card is gone. */
let seriesCount = 0

async function accept(): Promise<{ ms: number; writtenMs: number; name: string; claims: number; steps: Record<string, number> }> {
  seriesCount = await db!.series.count()
  const card = suggestionCards()[0]
  if (!card) throw new Error('no suggestion to accept')
  const name = card.getAttribute('aria-label') ?? ''
  const count = Number((card.querySelector('.muted')?.textContent ?? '').split(' ')[0])
  const button = card.querySelector('button')
  const t = performance.now()
  const steps: Record<string, number> = {}
  const mark = (k: string, ok: boolean): boolean => {
    if (ok && steps[k] === undefined) steps[k] = Math.round(performance.now() - t)
    return ok
  }
  flushSync(() => button?.click())
  await until(() => [mark('heading', heading() === name), mark('rows', claimRows() === count), mark('cardGone', !suggestionCards().includes(card)), mark('chart', host.querySelector('canvas') !== null)].every(Boolean), `the accepted series "${name}" to open`)
  await new Promise(requestAnimationFrame)
  const ms = performance.now() - t
  // Shown while written: also wait for the write, so the next accept does not queue behind it.
  const before = seriesCount
  for (;;) {
    seriesCount = await db!.series.count()
    if (seriesCount > before) break
    await new Promise((r) => setTimeout(r, 5))
  }
  return { ms, writtenMs: performance.now() - t, name, claims: count, steps }
}

/** The database side of an accept alone: createSeries of `n` claims in no series, from `n` sources; then undone. */
async function writeOnly(n: number): Promise<{ createMs: number; undoMs: number }> {
  const d = db!
  const picked: string[] = []
  const sources = new Set<string>()
  await d.claims.each((c) => {
    if (picked.length < n && !c.seriesId && !sources.has(c.sourceId)) {
      picked.push(c.id)
      sources.add(c.sourceId)
    }
  })
  const t = performance.now()
  await createSeries(d, { name: 'write only', claimIds: picked }, 'bench')
  const createMs = performance.now() - t
  const u = performance.now()
  await undoLast(d, 'bench')
  return { createMs, undoMs: performance.now() - u }
}

/** Times loadSeriesClaims of the first suggestion's claims alone, `runs` times. */
async function readOnly(runs: number): Promise<number[]> {
  const d = db!
  const ids = (await d.claims.limit(200).primaryKeys()).slice(0, 8)
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await loadSeriesClaims(d, ids)
    out.push(Math.round(performance.now() - t))
  }
  return out
}

/** What each change cost before: every claim and every source (texts included) read into the window. */
async function readEverything(): Promise<{ ms: number; mb: number }> {
  const t = performance.now()
  const [, claims, sources] = await Promise.all([listSeries(db!), db!.claims.toArray(), db!.sources.toArray()])
  const ms = performance.now() - t
  return { ms, mb: (sources.reduce((k, s) => k + s.text.length, 0) + claims.length * 400) / 1e6 }
}

declare global {
  interface Window {
    seriesScaleBench: { unmount: () => void; write: typeof write; mount: typeof mount; open: typeof open; suggestions: typeof suggestions; accept: typeof accept; readOnly: typeof readOnly; writeOnly: typeof writeOnly; readEverything: typeof readEverything; sourceReads: () => number }
  }
}

window.seriesScaleBench = { unmount: () => { root?.unmount(); root = null }, write, mount, open, suggestions, accept, readOnly, writeOnly, readEverything, sourceReads: () => sourceReads }
