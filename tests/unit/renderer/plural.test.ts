import { describe, expect, it } from 'vitest'
import { en, type MessageKey } from '../../../renderer/src/i18n/en'
import { fr } from '../../../renderer/src/i18n/fr'
import { importSummaryText } from '../../../renderer/src/features/library/importSummary'
import { countText } from '../../../renderer/src/i18n/plural'

const translate = (catalog: Record<MessageKey, string>) => (key: MessageKey, params?: Record<string, string | number>): string => {
  let text = catalog[key]
  for (const [k, v] of Object.entries(params ?? {})) text = text.replaceAll(`{${k}}`, String(v))
  return text
}

describe('counts agree with their number (issue 13: "1 claims")', () => {
  it('English: 1 is singular, 0 and 2 plural', () => {
    const t = translate(en)
    expect(countText(t, 'en', 'claimsCount', 1)).toBe('1 claim')
    expect(countText(t, 'en', 'claimsCount', 0)).toBe('0 claims')
    expect(countText(t, 'en', 'claimsCount', 2)).toBe('2 claims')
    expect(countText(t, 'en', 'libraryShown', 1, { total: 213 })).toBe('1 of 213 sources')
    expect(countText(t, 'en', 'librarySourcesDeleted', 3)).toBe('3 sources deleted.')
  })

  it('French: 0 and 1 are singular; numbers in the French format', () => {
    const t = translate(fr)
    expect(countText(t, 'fr', 'claimsCount', 1)).toBe('1 affirmation')
    expect(countText(t, 'fr', 'claimsCount', 0)).toBe('0 affirmation')
    expect(countText(t, 'fr', 'claimsCount', 2)).toBe('2 affirmations')
    expect(countText(t, 'fr', 'librarySelected', 1)).toBe('1 source sélectionnée')
    expect(countText(t, 'fr', 'librarySelected', 5000)).toBe(`${(5000).toLocaleString('fr')} sources sélectionnées`)
  })

  it('every singular form exists in both languages and differs from the plural in at least one', () => {
    const singulars = (Object.keys(en) as MessageKey[]).filter((k) => k.endsWith('One') && k.slice(0, -3) in en)
    expect(singulars.length).toBeGreaterThan(5)
    for (const k of singulars) {
      const base = k.slice(0, -3) as MessageKey
      expect(en[base], base).toBeDefined()
      expect(fr[k], k).toBeDefined()
      expect(en[k] !== en[base] || fr[k] !== fr[base], k).toBe(true)
    }
  })
})

describe('the import summary agrees with each of its counts', () => {
  it('in English and French', () => {
    expect(importSummaryText(translate(en), 'en', 1, 1, 0, 0)).toBe('Import finished: 1 added, 1 claim found, 0 duplicates skipped, 0 failed.')
    expect(importSummaryText(translate(en), 'en', 3, 5000, 1, 2)).toBe('Import finished: 3 added, 5,000 claims found, 1 duplicate skipped, 2 failed.')
    expect(importSummaryText(translate(fr), 'fr', 1, 1, 0, 2)).toBe('Import terminé : 1 ajoutée, 1 affirmation trouvée, 0 doublon ignoré, 2 échecs.')
  })
})
