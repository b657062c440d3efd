/**
 * A series' official reference (issue 14) travels in a bundle: Series.referenceId is kept (the
 * series schema used to strip it), the reference itself is references/<id>.json, hashed in the
 * manifest, cited as a CSL dataset and in report.html, and merged by id on import. Hostile or
 * inconsistent bundles are refused naming the file.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildBundle, planMerge, readBundle, type BundleContent } from '../../../shared/bundle'
import { type ReferenceSeries } from '../../../shared/model'
import { referenceFromSlice } from '../../../shared/reference/fromSlice'
import { readReferenceFile } from '../../../shared/reference/read'
import { sliceTable } from '../../../shared/reference/table'
import { fixtureOptions, loadContent, rezip, storedRecords, unzipText } from './fixture'

const REFERENCE_ID = 'r0000000-0000-4000-8000-000000000001'

function inseeReference(): ReferenceSeries {
  const file = 'insee-chomage-trim-national.csv'
  const table = readReferenceFile(file, readFileSync(join(__dirname, '..', '..', 'fixtures', 'references', file), 'utf8'))
  if (!table.ok) throw new Error(table.error)
  const slice = sliceTable(table.value, { idBank: '001688527' })
  if (!slice.ok) throw new Error(slice.error)
  return { ...referenceFromSlice(table.value, slice.value, { id: REFERENCE_ID, now: '2024-02-20T09:00:00.000Z' }), url: 'https://www.insee.fr/fr/statistiques/serie/001688527', licence: 'Licence Ouverte 2.0' }
}

function withReference(): BundleContent {
  const content = loadContent()
  content.series = content.series.map((s, i) => (i === 0 ? { ...s, referenceId: REFERENCE_ID } : s))
  content.references = [inseeReference()]
  return content
}


describe('a bundle with an official reference', () => {
  it('keeps Series.referenceId and the reference whole when read back, listed and hashed in the manifest', async () => {
    const content = withReference()
    const zip = await buildBundle(content, fixtureOptions(content))
    const read = await readBundle(zip, 'with-reference.zip')
    if (!read.ok) throw new Error(read.error)
    expect(read.value.content.series.find((s) => s.id === content.series[0].id)?.referenceId).toBe(REFERENCE_ID)
    expect(read.value.content.references).toEqual(content.references)
    expect(read.value.manifest.counts.references).toBe(1)
    expect(read.value.manifest.files.map((f) => f.path)).toContain(`references/${REFERENCE_ID}.json`)
  })

  it('cites it as a CSL dataset and in report.html, in its series and in a list of official series', async () => {
    const content = withReference()
    const text = unzipText(await buildBundle(content, fixtureOptions(content)))
    const csl = JSON.parse(text['sources.csl.json']) as { id: string; type: string; publisher?: string; accessed?: unknown; URL?: string }[]
    expect(csl.find((c) => c.id === REFERENCE_ID)).toMatchObject({ type: 'dataset', publisher: 'INSEE', accessed: { 'date-parts': [[2024, 2, 20]] }, URL: 'https://www.insee.fr/fr/statistiques/serie/001688527' })
    const report = text['report.html']
    expect(report).toContain('<h2>Séries officielles</h2>')
    expect(report).toContain(`href="#reference-${REFERENCE_ID}"`)
    expect(report).toMatch(/Comparée à la série officielle: <a [^>]*>[^<]*INSEE/)
    expect(report).toContain('Licence Ouverte 2.0')
  })

  it('without references, writes the same files as before (no counts.references, no references/)', async () => {
    const content = loadContent()
    const text = unzipText(await buildBundle(content, fixtureOptions(content)))
    expect(Object.keys(text).some((p) => p.startsWith('references/'))).toBe(false)
    expect(JSON.parse(text['manifest.json']).counts).not.toHaveProperty('references')
  })

  it('refuses to build a series whose reference is not exported with it', async () => {
    const content = withReference()
    delete content.references
    await expect(buildBundle(content, fixtureOptions(content))).rejects.toThrow(`reference ${REFERENCE_ID}, which is not in references/`)
  })

  it('refuses an altered reference file and a stray file in references/, naming the file', async () => {
    const content = withReference()
    const zip = await buildBundle(content, fixtureOptions(content))
    const path = `references/${REFERENCE_ID}.json`
    const altered = rezip(zip, (files) => {
      files[path] = strToU8(new TextDecoder().decode(files[path]).replace('"value": 7.2\n', '"value": 9.9\n'))
    })
    expect(new TextDecoder().decode(unzipSync(altered)[path])).toContain('"value": 9.9')
    const r1 = await readBundle(altered, 'altered.zip')
    expect(r1.ok ? '' : r1.error).toMatch(new RegExp(`^altered\\.zip: ${path.replace(/[.]/g, '\\.')}: `))
    const stray = rezip(zip, (files) => {
      files['references/notes.txt'] = strToU8('x')
    })
    const r2 = await readBundle(stray, 'stray.zip')
    expect(r2.ok ? '' : r2.error).toContain('references/notes.txt')
  })

  it('merges by id on import: added when new, skipped when stored identically, the newer copy kept', () => {
    const content = withReference()
    const fresh = planMerge(content, { ...storedRecords(loadContent()), references: new Map() })
    expect(fresh.add.references?.map((r) => r.id)).toEqual([REFERENCE_ID])
    expect(fresh.writes.references?.map((r) => r.id)).toEqual([REFERENCE_ID])
    const reference = inseeReference()
    const same = planMerge(content, { ...storedRecords(loadContent()), references: new Map([[REFERENCE_ID, reference]]) })
    expect(same.writes.references).toBeUndefined()
    const older = { ...reference, updatedAt: '2023-01-01T00:00:00.000Z', observations: reference.observations.slice(0, -1) }
    const newer = planMerge(content, { ...storedRecords(loadContent()), references: new Map([[REFERENCE_ID, older]]) })
    expect(newer.writes.references).toEqual([reference])
    const stale = planMerge({ ...content, references: [older] }, { ...storedRecords(loadContent()), references: new Map([[REFERENCE_ID, reference]]) })
    expect(stale.writes.references).toBeUndefined()
  })
})
