/**
 * Browser side of the store benchmark: bundled with the db layer into a page that
 * tests/bench/store/run.ts opens in headless Chromium. Exposes `window.storeBench`.
 */
import { type Claim, type ClaimStatus, type Source, type Verdict } from '../../../shared/model'
import { ensureOpen, openDatabase, type ClaimLedgerDB } from '../../../renderer/src/db/database'
import { queryClaimIds, queryClaims, setVerdict, type ClaimQuery } from '../../../renderer/src/db/repositories/claims'
import { importBatch, listSourceOptions, listSources } from '../../../renderer/src/db/repositories/sources'
import { claimIndexOf } from '../../../renderer/src/db/claimIndex'
import { Dexie } from 'dexie'

const SUBJECTS_FR = ['consommateurs', 'interpellations', 'élèves', 'places d’hébergement', 'logements sociaux', 'agents', 'euros', 'habitants', 'lits', 'écoles']
const SUBJECTS_EN = ['beds', 'arrests', 'students', 'shelter places', 'homes', 'officers', 'dollars', 'residents', 'nurses', 'schools']
const FILLER_FR = "Selon la préfecture, la situation a beaucoup évolué depuis l'an dernier dans plusieurs arrondissements de la capitale. "
const FILLER_EN = 'According to the city, the situation has changed a lot since last year in several districts of the capital. '
const VERDICTS: Verdict[] = ['unverified', 'accurate', 'misleading', 'false', 'unsupported']
const STATUSES: ClaimStatus[] = ['extracted', 'confirmed', 'edited', 'rejected', 'manual']

function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

/** `sources` sources of `perSource` claims each, realistic sizes (a few KB of text per source). */
export function makeCorpus(sources: number, perSource: number): { source: Source; claims: Claim[] }[] {
  const r = rng(42)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  const speakers = Array.from({ length: 200 }, (_, i) => `${pick(['Anne', 'Émile', 'Jean', 'Mary', 'Zoé', 'Paul'])} Speaker${i}`)
  const out: { source: Source; claims: Claim[] }[] = []
  for (let s = 0; s < sources; s++) {
    const fr = s % 3 !== 0
    const subjects = fr ? SUBJECTS_FR : SUBJECTS_EN
    const filler = fr ? FILLER_FR : FILLER_EN
    const id = crypto.randomUUID()
    const year = 2018 + Math.floor(r() * 7)
    const publishedAt = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
    const sourceSpeaker = pick(speakers)
    let text = ''
    const claims: Claim[] = []
    for (let k = 0; k < perSource; k++) {
      text += filler.slice(0, 40 + Math.floor(r() * 60))
      const value = Math.floor(r() * 100000)
      const subject = pick(subjects)
      const quote = `${value.toLocaleString(fr ? 'fr-FR' : 'en-US')} ${subject}`
      const start = text.length
      text += quote + '. '
      const sentence = text.slice(Math.max(0, start - 60), start + quote.length + 1)
      const speaker = r() < 0.8 ? pick(speakers) : sourceSpeaker
      claims.push({
        id: crypto.randomUUID(), sourceId: id, quote, start, end: start + quote.length, sentence, value, kind: 'count', subject,
        subjectKey: subject, speaker, statedAt: publishedAt, status: pick(STATUSES), verdict: pick(VERDICTS),
        note: r() < 0.1 ? 'Vérifié auprès de la préfecture de police' : '', tags: r() < 0.2 ? ['crack'] : r() < 0.1 ? ['paris', 'budget'] : [],
        period: r() < 0.3 ? { text: fr ? 'par nuit' : 'per night', per: 'night' } : undefined,
        extractorVersion: 'bench', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString()
      })
    }
    out.push({
      source: {
        id, kind: 'article', title: `${fr ? 'Article' : 'Story'} ${s} — ${pick(subjects)}`, authors: [], speakers: [sourceSpeaker], publishedAt,
        importedAt: new Date(Date.UTC(2024, 0, 1) + s * 60000).toISOString(), lang: fr ? 'fr' : 'en', text, segments: [],
        contentHash: crypto.randomUUID()
      },
      claims
    })
  }
  return out
}

let db: ClaimLedgerDB | null = null

/**
 * The peer: the same corpus written by plain Dexie bulkAdd into tables with only the indexes the issue
 * requires (no derived data, no digests, no checks), in transactions of the same size.
 */
async function writeRaw(sources: number, perSource: number): Promise<{ ms: number }> {
  const corpus = makeCorpus(sources, perSource)
  const raw = new Dexie(`bench-raw-${Date.now()}`)
  raw.version(1).stores({
    sources: 'id, contentHash, publishedAt, importedAt',
    claims: 'id, sourceId, [sourceId+start], seriesId, [seriesId+statedAt], verdict, status, speaker, subjectKey, statedAt, *tags'
  })
  await raw.open()
  const t0 = performance.now()
  let i = 0
  while (i < corpus.length) {
    const chunk: typeof corpus = []
    let n = 0
    while (i < corpus.length && (chunk.length === 0 || n + corpus[i].claims.length <= 5000)) {
      n += corpus[i].claims.length
      chunk.push(corpus[i++])
    }
    await raw.transaction('rw', [raw.table('sources'), raw.table('claims')], async () => {
      await raw.table('sources').bulkAdd(chunk.map((c) => c.source))
      await raw.table('claims').bulkAdd(chunk.flatMap((c) => c.claims))
    })
  }
  const ms = performance.now() - t0
  raw.close()
  await Dexie.delete(raw.name)
  return { ms }
}

async function write(sources: number, perSource: number): Promise<{ ms: number; generateMs: number; claims: number }> {
  const t0 = performance.now()
  const corpus = makeCorpus(sources, perSource)
  const t1 = performance.now()
  db = await ensureOpen(openDatabase(`bench-${Date.now()}`))
  await importBatch(db, corpus)
  const t2 = performance.now()
  return { ms: t2 - t1, generateMs: t1 - t0, claims: await db.claims.count() }
}

async function time(query: ClaimQuery, runs: number): Promise<{ median: number; min: number; max: number; total: number; rows: number }> {
  if (!db) throw new Error('write first')
  const times: number[] = []
  let total = 0
  let rows = 0
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const res = await queryClaims(db, query)
    times.push(performance.now() - t)
    total = res.total
    rows = res.rows.length
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], total, rows }
}

/** Select all (issue 13, item 3): the ids of the whole filtered set, read from the in-memory index. */
async function timeIds(query: ClaimQuery, runs: number): Promise<{ median: number; ids: number }> {
  if (!db) throw new Error('write first')
  const times: number[] = []
  let ids = 0
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    ids = (await queryClaimIds(db, query)).length
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)], ids }
}

/** A new connection (a new window): its first query loads every digest. Also: the parts of that cost. */
async function cold(query: ClaimQuery): Promise<{ defaultPage: number; total: number; readDigests: number; parseJson: number; digestMB: number; load: number; firstSort: number }> {
  if (!db) throw new Error('write first')
  const first = openDatabase(db.name)
  await first.open()
  let t = performance.now()
  await queryClaims(first, { offset: 0, limit: 100 })
  const defaultPage = performance.now() - t
  first.close()
  const fresh = openDatabase(db.name)
  await fresh.open()
  t = performance.now()
  await queryClaims(fresh, query)
  const total = performance.now() - t
  t = performance.now()
  const rows = await fresh.claimDigests.toArray()
  const readDigests = performance.now() - t
  t = performance.now()
  let chars = 0
  for (const r of rows) if (r.data) {
    chars += r.data.length
    JSON.parse(r.data)
  }
  const parseJson = performance.now() - t
  fresh.close()
  const again = openDatabase(db.name)
  await again.open()
  const index = claimIndexOf(again)
  t = performance.now()
  await again.transaction('r', again.claimDigests, () => index.refresh(again))
  const load = performance.now() - t
  t = performance.now()
  index.sortedBy('statedAt', 'desc')
  const firstSort = performance.now() - t
  again.close()
  return { defaultPage, total, readDigests, parseJson, digestMB: (chars * 2) / 1e6, load, firstSort }
}

/** A reviewer's edit, then the table's query again (median of runs): what a keystroke-to-row update costs. */
async function editThenQuery(runs: number): Promise<{ edit: number; query: number }> {
  if (!db) throw new Error('write first')
  const edits: number[] = []
  const queries: number[] = []
  const ids = (await queryClaims(db, { limit: runs })).rows.map((r) => r.id)
  for (const id of ids) {
    let t = performance.now()
    await setVerdict(db, [id], 'misleading', 'bench')
    edits.push(performance.now() - t)
    t = performance.now()
    await queryClaims(db, { verdict: ['misleading'], limit: 100 })
    queries.push(performance.now() - t)
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return { edit: median(edits), query: median(queries) }
}

/** The library list (every source with its claim count), median of runs. */
async function library(runs: number): Promise<{ sources: number; options: number }> {
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
  return { sources: await median(() => listSources(d)), options: await median(() => listSourceOptions(d)) }
}

async function speakerOf(): Promise<string> {
  if (!db) throw new Error('write first')
  return ((await db.claims.orderBy('speaker').first())?.speaker) ?? ''
}

declare global {
  interface Window {
    storeBench: { write: typeof write; writeRaw: typeof writeRaw; time: typeof time; speakerOf: typeof speakerOf; cold: typeof cold; editThenQuery: typeof editThenQuery; library: typeof library; timeIds: typeof timeIds }
  }
}

if (typeof window !== 'undefined') window.storeBench = { write, writeRaw, time, speakerOf, cold, editThenQuery, library, timeIds }

