/**
 * Claim kinds, units and history fields in the UI's language (issue 13, item 5): a French UI no longer
 * shows "count", "25 year" or "kind: count → percent".
 */
import { describe, expect, it } from 'vitest'
import { CLAIM_KINDS, type HistoryEntry } from '../../../shared/model'
import { formatClaimValue } from '../../../renderer/src/features/claims/format'
import { historyView } from '../../../renderer/src/features/reader/historyText'
import type { Translate } from '../../../renderer/src/i18n'
import { en } from '../../../renderer/src/i18n/en'
import { fr } from '../../../renderer/src/i18n/fr'

const tr = (catalog: typeof en): Translate => (key, params) =>
  Object.entries(params ?? {}).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), catalog[key])

describe('claim kinds, units and history in the UI language', () => {
  it('every claim kind has a word in both languages, and the French ones are French', () => {
    for (const k of CLAIM_KINDS) {
      expect(en[`claimKind_${k}`], k).toBeTruthy()
      expect(fr[`claimKind_${k}`], k).toBeTruthy()
    }
    expect(fr.claimKind_count).toBe('Nombre')
    expect(fr.claimKind_percent).toBe('Pourcentage')
  })

  it('durations read in the reader\'s language, with their plural', () => {
    // Intl may space with a no-break space: compare the words.
    const shown = (value: number, unit: string, lang: 'fr' | 'en'): string => formatClaimValue({ value, unit }, lang).replace(/\s/g, ' ')
    expect(shown(25, 'year', 'fr')).toBe('25 ans')
    expect(shown(1, 'year', 'fr')).toBe('1 an')
    expect(shown(25, 'year', 'en')).toBe('25 years')
    expect(shown(3, 'month', 'fr')).toBe('3 mois')
    expect(shown(68, 'minute', 'en')).toBe('68 minutes')
    expect(shown(15, 'second', 'fr')).toBe('15 secondes')
    expect(formatClaimValue({ value: 50, unit: 'bp' }, 'fr')).toBe('50 pb')
    expect(formatClaimValue({ value: 50, unit: 'bp' }, 'en')).toBe('50 bp')
  })

  it('a change of kind in History names both kinds in the UI language', () => {
    const e: HistoryEntry = { id: 'h1', entity: 'claim', entityId: 'c1', action: 'update', fields: ['kind'], before: { kind: 'count' }, after: { kind: 'percent' }, by: 'me', at: '2024-03-01T10:00:00.000Z' }
    const ctx = { seriesNames: new Map<string, string>(), userName: '' }
    expect(historyView(e, { ...ctx, t: tr(fr), lang: 'fr' }).lines).toEqual([{ field: 'Type', before: { text: 'Nombre' }, after: { text: 'Pourcentage' } }])
    expect(historyView(e, { ...ctx, t: tr(en), lang: 'en' }).lines[0]).toMatchObject({ before: { text: 'Count' }, after: { text: 'Percentage' } })
  })
})
