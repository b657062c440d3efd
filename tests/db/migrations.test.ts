import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { CURRENT_DB_VERSION, ensureOpen, openDatabase } from '../../renderer/src/db/database'
import { DatabaseError } from '../../renderer/src/db/errors'
import { digestRowV3, type ClaimDigestV3, type DigestClaimV3 } from '../../renderer/src/db/migrations/v3'
import { type SourceV1 } from '../../renderer/src/db/migrations/v1'
import { type ClaimV2 } from '../../renderer/src/db/migrations/v2'
import { sentenceExcerptV4, sentenceLimitV4 } from '../../renderer/src/db/migrations/v4'
import { summaryV5, wordsV5, type SourceSummaryV5, type SourceWordsV5 } from '../../renderer/src/db/migrations/v5'
import { summaryOf, wordsOf } from '../../renderer/src/db/sourceSummary'
import { sentenceExcerpt, sentenceLimit } from '../../shared/sentenceExcerpt'
import { digestRow, verifyDigests } from '../../renderer/src/db/digest'
import { entryV7 } from '../../renderer/src/db/migrations/v7'
import { getClaim, listClaimsForSource, queryClaims } from '../../renderer/src/db/repositories/claims'
import { getSource } from '../../renderer/src/db/repositories/sources'
import { getSeriesWithClaims } from '../../renderer/src/db/repositories/series'
import { historyFor, revertEntry, undoLast } from '../../renderer/src/db/repositories/history'
import { getSetting } from '../../renderer/src/db/repositories/settings'
import { closeAll, freshName, loadV1Fixture, openAtVersion, seedV1 } from './helpers'

afterEach(closeAll)

describe('migrations', () => {
  it('declares seven versions', () => {
    expect(CURRENT_DB_VERSION).toBe(7)
  })

  it('v1 → v2: every claim gets a tags array; tag and series-date indexes answer', async () => {
    const name = freshName()
    const fixture = await seedV1(name)
    const lacking = fixture.tables.claims.filter((c) => c.tags === undefined).map((c) => c.id)
    expect(lacking.length).toBeGreaterThan(0)
    const db = openAtVersion(name, 2)
    const claims = await db.table<ClaimV2, string>('claims').toArray()
    expect(claims).toHaveLength(fixture.tables.claims.length)
    for (const c of claims) expect(Array.isArray(c.tags)).toBe(true)
    for (const id of lacking) expect(claims.find((c) => c.id === id)?.tags).toEqual([])
    expect(await db.table('claims').where('tags').equals('crack').primaryKeys()).toEqual(['c0000000-0000-4000-8000-000000000001'])
    const seriesId = fixture.tables.series[0].id
    const inSeries = await db.table<ClaimV2>('claims').where('[seriesId+statedAt]').between([seriesId, Dexie.minKey], [seriesId, Dexie.maxKey]).toArray()
    expect(inSeries.map((c) => c.statedAt)).toEqual(['2023-01', '2023-10-05'])
    expect(await db.table('history').where('batchId').equals('x').count()).toBe(0)
  })

  it('v2 → v3: every source gets a digest of its claims in text order', async () => {
    const name = freshName()
    const fixture = await seedV1(name)
    const v2 = openAtVersion(name, 2)
    await v2.open()
    v2.close()
    const db = openAtVersion(name, 3)
    const digests = await db.table<ClaimDigestV3, string>('claimDigests').toArray()
    expect(digests.map((d) => d.sourceId).sort()).toEqual(fixture.tables.sources.map((s) => s.id).sort())
    const fr = digests.find((d) => d.lang === 'fr')!
    expect(fr.title).toBe("Entretien : l'hébergement de nuit à Paris")
    const entries = JSON.parse(fr.data!) as DigestClaimV3[]
    expect(entries.map((e) => e[0])).toEqual(['c0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000003'])
    const eleves = entries[2]
    expect(eleves.slice(1, 8)).toEqual([1200, 'misleading', 'edited', 'Anne Souyris', 'eleves', '2023-10-05', ''])
    expect(eleves[9].split(' ')).toEqual(expect.arrayContaining(['1', '200', 'eleves', 'anne', 'souyris']))
    expect(entries[1][7]).toBe('2023-01')
    expect(entries[0][8]).toEqual(['crack', 'paris'])
  })

  it("the frozen v3 digest, as version 7 leaves it, agrees with today's digest.ts (else: a new version must rebuild)", async () => {
    const fixture = loadV1Fixture()
    for (const source of fixture.tables.sources) {
      const claims = fixture.tables.claims.filter((c) => c.sourceId === source.id).map((c) => ({ ...c, tags: c.tags ?? [] }))
      const v3 = digestRowV3(source, claims, 7)
      expect(digestRow(source, claims, 7)).toEqual({ ...v3, data: JSON.stringify((JSON.parse(v3.data ?? '[]') as DigestClaimV3[]).map(entryV7)) })
    }
  })

  it('v6 → v7: digests drop series membership, and the start-up check then finds nothing to repair', async () => {
    const name = freshName()
    const fixture = await seedV1(name)
    const v6 = openAtVersion(name, 6)
    const claims = await v6.table<ClaimV2, string>('claims').toArray()
    await v6.table('claims').update(claims[0].id, { seriesId: fixture.tables.series[0]?.id ?? 'a-series' })
    // The digest as version 6 wrote it: with the series id last.
    const source = fixture.tables.sources.find((s) => s.id === claims[0].sourceId)
    if (!source) throw new Error('fixture: claim without source')
    const mine = (await v6.table<ClaimV2, string>('claims').where('sourceId').equals(source.id).toArray())
    await v6.table('claimDigests').put(digestRowV3(source, mine, 9))
    const before = JSON.parse((await v6.table<ClaimDigestV3, string>('claimDigests').get(source.id))?.data ?? '[]') as DigestClaimV3[]
    expect(before.some((e) => e.length === 11 && e[10] !== '')).toBe(true)
    v6.close()

    const db = openDatabase(name)
    await ensureOpen(db)
    for (const row of await db.claimDigests.toArray()) {
      if (row.data === null) continue
      for (const e of JSON.parse(row.data) as unknown[][]) expect(e).toHaveLength(10)
    }
    const after = JSON.parse((await db.claimDigests.get(source.id))?.data ?? '[]') as unknown[][]
    expect(after).toEqual(before.map((e) => e.slice(0, 10)))
    expect(await verifyDigests(db)).toEqual([])
    // Filtering on a series reads its members from the series.
    const seriesId = fixture.tables.series[0]?.id
    if (seriesId) expect((await queryClaims(db, { seriesId })).rows.map((r) => r.id)).toEqual(expect.arrayContaining(fixture.tables.series[0].claimIds.filter((id) => claims.some((c) => c.id === id))))
  })

  it('v3 → v4: a claim that stored a whole long line keeps the words around its own quote; everything else is unchanged', async () => {
    const name = freshName()
    const fixture = await seedV1(name)
    // What versions 1–3 stored from a long line with no full stop: the whole line in every claim. The same
    // figure appears twice, so the excerpt must follow each claim's offsets, not the first occurrence.
    const items = Array.from({ length: 300 }, (_, i) => `${100 + (i % 150)} élèves`)
    const line = `Les écoles comptent ${items.join(', ')}`
    const longSource: SourceV1 = { ...fixture.tables.sources[0], id: 'f0000000-0000-4000-8000-00000000000f', contentHash: 'f'.repeat(64), text: `Titre.\n${line}\nFin.` }
    const offsets: number[] = []
    for (let at = longSource.text.indexOf('120 élèves'); at >= 0; at = longSource.text.indexOf('120 élèves', at + 1)) offsets.push(at)
    expect(offsets).toHaveLength(2)
    const template = { ...fixture.tables.claims[0], tags: [] }
    const longClaims: ClaimV2[] = offsets.map((at, i) => ({ ...template, id: `f0000000-0000-4000-8000-00000000010${i}`, sourceId: longSource.id, quote: '120 élèves', start: at, end: at + 10, sentence: line, seriesId: undefined }))
    const v3 = openAtVersion(name, 3)
    await v3.table('sources').add(longSource)
    await v3.table('claims').bulkAdd(longClaims)
    const before = await v3.table<ClaimV2, string>('claims').toArray()
    v3.close()

    const db = openAtVersion(name, 4)
    const after = new Map((await db.table<ClaimV2, string>('claims').toArray()).map((c) => [c.id, c]))
    expect(after.size).toBe(before.length)
    for (const c of before) {
      const now = after.get(c.id)!
      if (c.sourceId !== longSource.id) {
        expect(now).toEqual(c)
        continue
      }
      expect({ ...now, sentence: c.sentence }).toEqual(c)
      expect(now.sentence.length).toBeLessThanOrEqual(sentenceLimitV4(c.quote.length))
      const body = now.sentence.replace(/^…|…$/g, '')
      const k = body.indexOf(c.quote)
      expect(now.sentence.startsWith('…') && now.sentence.endsWith('…')).toBe(true)
      expect(longSource.text.startsWith(body, c.start - k)).toBe(true)
    }
    expect(after.get(longClaims[0].id)!.sentence).not.toBe(after.get(longClaims[1].id)!.sentence)
    expect(await db.table('sources').get(longSource.id)).toEqual(longSource)
  })

  it("the frozen v4 excerpt agrees with today's shared/sentenceExcerpt.ts (else: a new version must redo it)", () => {
    const s = Array.from({ length: 500 }, (_, i) => `mot${i}`).join(' ') + ' 😀'.repeat(300)
    for (const [at, len] of [[0, 3], [1200, 6], [2500, 4], [s.length - 2, 2], [10, 2000]]) {
      expect(sentenceExcerptV4(s, at, len)).toBe(sentenceExcerpt(s, at, len))
      expect(sentenceLimitV4(len)).toBe(sentenceLimit(len))
    }
  })

  it('v4 → v5: every source gets a Library summary with its claim count, and the folded words of its text; nothing else changes', async () => {
    const name = freshName()
    const fixture = await seedV1(name)
    const v4 = openAtVersion(name, 4)
    const extra: SourceV1 = { ...fixture.tables.sources[0], id: 'f0000000-0000-4000-8000-0000000000f5', contentHash: '5'.repeat(64), title: 'Sans affirmation', outlet: undefined, publishedAt: undefined, speakers: [], text: 'Rien à compter.' }
    await v4.table('sources').add(extra)
    const before = await Promise.all(['sources', 'claims', 'claimDigests'].map((t) => v4.table(t).toArray()))
    v4.close()

    const db = openAtVersion(name, 5)
    const summaries = new Map((await db.table<SourceSummaryV5, string>('sourceSummaries').toArray()).map((r) => [r.id, r]))
    const words = new Map((await db.table<SourceWordsV5, string>('sourceWords').toArray()).map((r) => [r.id, r.words]))
    const sources = [...fixture.tables.sources, extra]
    expect([...summaries.keys()].sort()).toEqual(sources.map((s) => s.id).sort())
    for (const s of sources) {
      const count = fixture.tables.claims.filter((c) => c.sourceId === s.id).length
      expect(summaries.get(s.id)).toMatchObject({ title: s.title, outlet: s.outlet ?? '', kind: s.kind, lang: s.lang, publishedAt: s.publishedAt ?? '', claimCount: count })
    }
    const fr = fixture.tables.sources[0]
    expect(summaries.get(fr.id)?.claimCount).toBe(3)
    expect(summaries.get(fr.id)?.titleKey).toBe("entretien : l'hebergement de nuit a paris")
    expect(summaries.get(extra.id)).toMatchObject({ claimCount: 0, outlet: '', publishedAt: '', find: ' sans affirmation' })
    expect(words.get(extra.id)).toBe(' rien a compter')
    expect(words.get(fr.id)).toContain(' consommateurs')
    expect(await Promise.all(['sources', 'claims', 'claimDigests'].map((t) => db.table(t).toArray()))).toEqual(before)
  })

  it("the frozen v5 summary agrees with today's sourceSummary.ts (else: a new version must rebuild)", () => {
    const fixture = loadV1Fixture()
    for (const [i, source] of fixture.tables.sources.entries()) {
      expect(summaryOf(source, i)).toEqual(summaryV5(source, i))
      expect(JSON.stringify(summaryOf(source, i))).toBe(JSON.stringify(summaryV5(source, i)))
      expect(wordsOf(source)).toEqual(wordsV5(source))
    }
  })

  it('a v1 database from the fixture opens in the current version with nothing lost', async () => {
    const name = freshName()
    const fixture = await seedV1(name)
    const db = await ensureOpen(openDatabase(name))
    expect(db.verno).toBe(CURRENT_DB_VERSION)
    for (const s of fixture.tables.sources) expect(await getSource(db, s.id)).toEqual(s)
    for (const c of fixture.tables.claims) expect(await getClaim(db, c.id)).toEqual({ ...c, tags: c.tags ?? [] })
    const frSource = fixture.tables.sources[0].id
    expect((await listClaimsForSource(db, frSource)).map((c) => c.start)).toEqual([...fixture.tables.claims.filter((c) => c.sourceId === frSource).map((c) => c.start)].sort((a, b) => a - b))
    const series = fixture.tables.series[0]
    expect((await getSeriesWithClaims(db, series.id))?.series).toEqual(series)
    for (const h of fixture.tables.history) expect(await historyFor(db, h.entity, h.entityId)).toContainEqual(h)
    expect(await getSetting(db, 'uiLang', 'en')).toBe('fr')
    expect(await getSetting(db, 'userName', '')).toBe('Claire')
    const { total, rows } = await queryClaims(db, { search: 'eleves' })
    expect(total).toBe(1)
    expect(rows[0].sourceTitle).toBe(fixture.tables.sources[0].title)
    // A v1 history entry (no batchId, no session) is an earlier session's: undo leaves it, its Revert puts it back alone.
    expect(await undoLast(db, 'Claire')).toBeNull()
    await revertEntry(db, 'h0000000-0000-4000-8000-000000000001', 'Claire')
    expect(await getClaim(db, 'c0000000-0000-4000-8000-000000000001')).toMatchObject({ status: 'extracted', verdict: 'unverified' })
    db.close()
  })
})

describe('opening', () => {
  it('a database written by a newer app gives a clear DatabaseError', async () => {
    const name = freshName()
    const newer = new Dexie(name)
    newer.version(CURRENT_DB_VERSION + 1).stores({ claims: 'id' })
    await newer.open()
    newer.close()
    const err = await ensureOpen(openDatabase(name)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DatabaseError)
    expect(err).toMatchObject({ kind: 'version' })
    expect((err as Error).message).toMatch(/newer version of ClaimLedger/)
    // Nothing was changed: the newer database still has only its own store, at its version.
    const check = new Dexie(name)
    await check.open()
    expect(check.verno).toBe(CURRENT_DB_VERSION + 1)
    expect(check.tables.map((t) => t.name)).toEqual(['claims'])
    check.close()
  })

  it('a newer database reached without ensureOpen (Dexie auto-open) fails the query with the same message', async () => {
    const name = freshName()
    const newer = new Dexie(name)
    declareVersionsPlusOne(newer)
    await newer.open()
    newer.close()
    const err = await queryClaims(openDatabase(name), {}).catch((e: unknown) => e)
    expect(err).toMatchObject({ kind: 'version' })
  })

  it('another window upgrading: this one closes, tells the user, and later reads fail with the reload message', async () => {
    const name = freshName()
    const db = await ensureOpen(openDatabase(name))
    const notices: string[] = []
    db.onNotice((n) => notices.push(n.kind))
    const other = new Dexie(name)
    declareVersionsPlusOne(other)
    await other.open()
    expect(notices).toEqual(['versionchange'])
    expect(db.notice?.message).toMatch(/updated in another window; reload/)
    const err = await queryClaims(db, {}).catch((e: unknown) => e)
    expect(err).toMatchObject({ kind: 'closed' })
    other.close()
  })

  it('an upgrade blocked by an old connection is reported, then completes once it closes', async () => {
    const name = freshName()
    const old = openAtVersion(name, 1)
    await old.open()
    // An old window that ignores versionchange (as a tab stuck in a modal would).
    old.on('versionchange', () => false)
    const raw = old.backendDB()
    raw.onversionchange = null
    const db = openDatabase(name)
    const notices: string[] = []
    db.onNotice((n) => notices.push(n.kind))
    const opening = ensureOpen(db)
    await new Promise((r) => setTimeout(r, 50))
    expect(notices).toContain('blocked')
    expect(db.notice?.message).toMatch(/another window that uses an older version/)
    raw.close()
    await opening
    expect(db.verno).toBe(CURRENT_DB_VERSION)
    db.close()
  })
})

function declareVersionsPlusOne(db: Dexie): void {
  db.version(CURRENT_DB_VERSION + 1).stores({ sources: 'id', claims: 'id', series: 'id', history: 'id', settings: 'key', extra: 'id' })
}
