import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../../shared/model'
import { en } from '../../../renderer/src/i18n/en'
import { fr } from '../../../renderer/src/i18n/fr'
import type { Translate } from '../../../renderer/src/i18n'
import { historyView } from '../../../renderer/src/features/reader/historyText'

const tr = (catalog: typeof en): Translate => (key, params) =>
  Object.entries(params ?? {}).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), catalog[key])

const entry = (fields: string[], before: object, after: object, by = 'me'): HistoryEntry => ({
  id: 'h1', entity: 'claim', entityId: 'c1', action: 'update', fields, before, after, by, at: '2024-03-01T10:00:00.000Z'
})

const seriesNames = new Map([['0b6c1f7e-4a7e-4a43-9d1c-2f3e0a9d8c11', 'Places de nuit, crack']])

describe('History as the Reader shows it', () => {
  it('names fields in the UI language and leaves out the derived subject key', () => {
    const e = entry(['subject', 'subjectKey'], { subject: 'consommateurs', subjectKey: 'consomm' }, { subject: 'consommateurs de crack', subjectKey: 'consomm crack' })
    expect(historyView(e, { t: tr(en), lang: 'en', seriesNames, userName: '' }).lines).toEqual([{ field: 'Subject', before: { text: 'consommateurs' }, after: { text: 'consommateurs de crack' } }])
    expect(historyView(e, { t: tr(fr), lang: 'fr', seriesNames, userName: '' }).lines[0].field).toBe('Objet')
  })

  it('shows a series by its name and tags as tags', () => {
    const e = entry(['seriesId', 'tags'], { tags: [] }, { seriesId: '0b6c1f7e-4a7e-4a43-9d1c-2f3e0a9d8c11', tags: ['crack'] })
    const view = historyView(e, { t: tr(en), lang: 'en', seriesNames, userName: '' })
    expect(view.lines).toEqual([
      { field: 'Series', before: { text: '—' }, after: { text: 'Places de nuit, crack' } },
      { field: 'Tags', before: { text: '—' }, after: { tags: ['crack'] } }
    ])
    const gone = historyView(entry(['seriesId'], {}, { seriesId: 'ffffffff-0000-4000-8000-000000000000' }), { t: tr(en), lang: 'en', seriesNames, userName: '' })
    expect(gone.lines[0].after).toEqual({ text: 'a deleted series' })
  })

  it('says who in the user\'s name, and "You"/"Vous" when no name is set, never "me"', () => {
    const e = entry(['verdict'], { verdict: 'unverified' }, { verdict: 'false' })
    expect(historyView(e, { t: tr(en), lang: 'en', seriesNames, userName: 'Camille Durand' }).who).toBe('Camille Durand')
    expect(historyView(e, { t: tr(en), lang: 'en', seriesNames, userName: '' }).who).toBe('You')
    expect(historyView(e, { t: tr(fr), lang: 'fr', seriesNames, userName: '' })).toMatchObject({ who: 'Vous', lines: [{ field: 'Verdict', before: { text: 'Non vérifié' }, after: { text: 'Faux' } }] })
    expect(historyView({ ...e, by: 'Léa Fontaine' }, { t: tr(en), lang: 'en', seriesNames, userName: 'Camille Durand' }).who).toBe('Léa Fontaine')
  })

  it('writes numbers as the UI language does', () => {
    const e = entry(['value'], { value: 1234.5 }, { value: 7.1 })
    expect(historyView(e, { t: tr(en), lang: 'en', seriesNames, userName: '', unit: '%' }).lines[0]).toMatchObject({ before: { text: '1,234.5%' }, after: { text: '7.1%' } })
    expect(historyView(e, { t: tr(fr), lang: 'fr', seriesNames, userName: '', unit: '%' }).lines[0].after).toEqual({ text: '7,1 %' })
  })
})
