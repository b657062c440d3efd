import type { Translate, UiLang } from '../../i18n/index'
import { countText } from '../../i18n/plural'

/** "Import finished: 1 added, 1 claim found, 0 duplicates skipped, 0 failed." — each count agreeing with its number. */
export function importSummaryText(t: Translate, lang: UiLang, added: number, claims: number, duplicates: number, failed: number): string {
  return t('importSummary', {
    added: countText(t, lang, 'importAdded', added),
    claims: countText(t, lang, 'importClaimsFound', claims),
    duplicates: countText(t, lang, 'importDuplicatesSkipped', duplicates),
    failed: countText(t, lang, 'importFailed', failed)
  })
}
