/**
 * User settings, typed by key. Values read back are checked, since anything may sit in
 * IndexedDB (an older app, devtools); an invalid value reads as the fallback.
 */
import { LANGS, type Lang } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError, guarded } from '../errors'

export type Theme = 'system' | 'light' | 'dark'

/** Every setting and its type. */
export interface Settings {
  uiLang: Lang
  userName: string
  theme: Theme
  /** Whether the first-run sample import was offered already. */
  sampleOffered: boolean
  /** A CSL style id, e.g. "apa". */
  citationStyle: string
}

export type SettingKey = keyof Settings

const VALID: { [K in SettingKey]: (v: unknown) => v is Settings[K] } = {
  uiLang: (v): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v),
  userName: (v): v is string => typeof v === 'string',
  theme: (v): v is Theme => v === 'system' || v === 'light' || v === 'dark',
  sampleOffered: (v): v is boolean => typeof v === 'boolean',
  citationStyle: (v): v is string => typeof v === 'string' && v.length > 0
}

export async function getSetting<K extends SettingKey>(db: ClaimLedgerDB, key: K, fallback: Settings[K]): Promise<Settings[K]> {
  const row = await guarded(() => db.settings.get(key))
  return row && VALID[key](row.value) ? row.value : fallback
}

export async function setSetting<K extends SettingKey>(db: ClaimLedgerDB, key: K, value: Settings[K]): Promise<void> {
  if (!(key in VALID)) throw DatabaseError.invalid(`Unknown setting "${String(key)}".`)
  if (!VALID[key](value)) throw DatabaseError.invalid(`Invalid value for setting "${key}".`)
  await guarded(() => db.settings.put({ key, value }))
}
