import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleBuildError, buildBundle, readBundle } from '../../../shared/bundle'
import { contentCounts } from '../../db/recordCounts'
import { CREATED, fixtureBytes, fixtureOptions, loadContent, mergeCounted, unzipBytes, unzipText } from './fixture'

describe('buildBundle', () => {
  it('writes every file of the format with a manifest that hashes each of them', async () => {
    const content = loadContent()
    const zip = await buildBundle(content, fixtureOptions(content))
    const files = unzipBytes(zip)
    const names = Object.keys(files).sort()
    expect(names).toEqual([
      'README.txt',
      'annotations.jsonld',
      'charts/series-a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d.png',
      'claimreview.jsonld',
      'claims.csv',
      'claims.json',
      'manifest.json',
      'report.html',
      'sources.csl.json',
      'sources/3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01.json',
      'sources/3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01.txt',
      'sources/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c02.json',
      'sources/8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c02.txt'
    ])
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
    expect(manifest).toMatchObject({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, appVersion: '0.1.0', created: CREATED })
    expect(manifest.counts).toEqual({ sources: 2, claims: 6, series: 1, history: 4, charts: 1 })
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(names.filter((n) => n !== 'manifest.json'))
    for (const entry of manifest.files) {
      expect(entry.sha256).toBe(createHash('sha256').update(files[entry.path]).digest('hex'))
      expect(entry.bytes).toBe(files[entry.path].length)
    }
    expect(files['charts/series-a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d.png']).toEqual(fixtureBytes('chart.png'))
  })

  it('keeps source texts byte for byte and claims.json at full fidelity, history included', async () => {
    const content = loadContent()
    const text = unzipText(await buildBundle(content, fixtureOptions(content)))
    for (const source of content.sources) {
      expect(text[`sources/${source.id}.txt`]).toBe(source.text)
      const meta = JSON.parse(text[`sources/${source.id}.json`])
      expect(meta.text).toBeUndefined()
      expect({ ...meta, text: source.text }).toEqual(source)
    }
    const claims = JSON.parse(text['claims.json'])
    expect(claims.format).toBe('claimledger-claims')
    expect(claims.claims).toHaveLength(6)
    expect(claims.history.map((h: { id: string }) => h.id).sort()).toEqual(content.history.map((h) => h.id).sort())
    expect(claims.claims.find((c: { id: string }) => c.id === content.claims[0].id)).toEqual(content.claims[0])
  })

  it('is deterministic: the same records in another order give the same bytes', async () => {
    const content = loadContent()
    const a = await buildBundle(content, fixtureOptions(content))
    const shuffled = { ...content, claims: [...content.claims].reverse(), sources: [...content.sources].reverse(), history: [...content.history].reverse() }
    const b = await buildBundle(shuffled, fixtureOptions(content))
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true)
    // The committed fixture was made by make-fixtures.ts with these records and options.
    expect(unzipText(fixtureBytes('valid.zip'))['claims.json']).toBe(unzipText(a)['claims.json'])
  })

  it('builds and reads back an empty bundle', async () => {
    const empty = { sources: [], claims: [], series: [], history: [] }
    const parsed = await readBundle(await buildBundle(empty, { appVersion: '0.1.0', created: CREATED }), 'empty.zip')
    expect(parsed.ok && parsed.value.content).toEqual(empty)
  })

  it('refuses records that would make an unreadable bundle', async () => {
    const content = loadContent()
    const orphan = { ...content, sources: content.sources.slice(1) }
    await expect(buildBundle(orphan, { appVersion: '1' })).rejects.toThrow(/cites source 3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01, which is not among the sources/)
    const badId = loadContent()
    badId.claims[0].id = '../escape'
    await expect(buildBundle(badId, { appVersion: '1' })).rejects.toThrow(BundleBuildError)
    const shifted = loadContent()
    shifted.claims[0].start += 1
    await expect(buildBundle(shifted, { appVersion: '1' })).rejects.toThrow(/quote is not the source text/)
    await expect(buildBundle(content, { appVersion: '1', charts: [{ name: '../x.png', png: fixtureBytes('chart.png') }] })).rejects.toThrow(/chart name/)
    await expect(buildBundle(content, { appVersion: '1', charts: [{ name: 'x.png', png: new Uint8Array([1, 2, 3]) }] })).rejects.toThrow(/not a PNG/)
    await expect(buildBundle(content, { appVersion: '1', created: 'yesterday' })).rejects.toThrow(/not an ISO timestamp/)
  })

  it('refuses History an import would refuse, as readBundle checks it (issue 11)', async () => {
    const content = loadContent()
    const stray = { id: 'stray-1', entity: 'series' as const, entityId: 'a1b2c3d4-0000-4000-8000-00000000dead', action: 'update' as const, fields: ['notes'], before: { notes: '' }, after: { notes: 'x' }, by: 'me', at: '2024-01-01T00:00:00.000Z' }
    await expect(buildBundle({ ...content, history: [...content.history, stray] }, { appVersion: '1' })).rejects.toThrow(
      new BundleBuildError('history[4] (stray-1): names series a1b2c3d4-0000-4000-8000-00000000dead, which is neither in the bundle nor deleted by its History (a bundle cannot carry this History entry)')
    )
    const badValue = { ...stray, id: 'stray-2', entity: 'claim' as const, entityId: content.claims[0].id, fields: ['value'], before: { value: 'lots' }, after: { value: 1 } }
    await expect(buildBundle({ ...content, history: [...content.history, badValue] }, { appVersion: '1' })).rejects.toThrow(/^history\[4\] \(stray-2\): before\.value: /)
  })
})

describe('round trip (issue 7, item 4)', () => {
  it('export → import into an empty database → export again gives identical claims.json, sources and annotations', async () => {
    const content = loadContent()
    const options = fixtureOptions(content)
    const first = await buildBundle(content, options)

    const parsed = await readBundle(first, 'first.zip')
    if (!parsed.ok) throw new Error(parsed.error)
    const { plan } = await mergeCounted('into an empty library', { sources: new Map(), claims: new Map(), series: new Map(), historyIds: new Set() }, parsed.value.content, {}, contentCounts(content))
    expect(plan.counts).toEqual({ added: 2 + 6 + 1 + 4, skipped: 0, merged: 0, clamped: 0, reanchored: 0, versioned: 0, cut: 0, capped: [], excerpted: 0 })
    // What an empty database holds after writing the plan, read back through JSON as IndexedDB would.
    const stored = JSON.parse(JSON.stringify(plan.writes))

    const second = await buildBundle(stored, options)
    // Nothing is lost on the way out either: the second export reads back with every record.
    const reread = await readBundle(second, 'second.zip')
    expect(reread.ok && contentCounts(reread.value.content)).toEqual(contentCounts(content))
    const a = unzipBytes(first)
    const b = unzipBytes(second)
    const compared = Object.keys(a).filter((p) => p === 'claims.json' || p === 'annotations.jsonld' || p.startsWith('sources/'))
    expect(compared).toHaveLength(6)
    for (const path of compared) expect(Buffer.from(b[path]).equals(Buffer.from(a[path])), path).toBe(true)
    // Everything else is identical too, so the whole archive is.
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })
})
