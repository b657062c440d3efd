/**
 * Counts in words that agree with the number: "1 claim" / "1 affirmation", "0 affirmation" in
 * French (Intl.PluralRules: 0 and 1 are singular in French, only 1 in English). A message with
 * a singular form has a second key, the same name + "One".
 */
import { type MessageKey } from './en'
import { type Translate, type UiLang } from './index'

type WithSingular<K> = K extends `${infer Base}One` ? (Base extends MessageKey ? Base : never) : never

/** The message keys that have a singular form. */
export type CountKey = WithSingular<MessageKey>

const rules = new Map<UiLang, Intl.PluralRules>()

/** `key` (or its singular) with {n} set to `n` in the UI's number format, and any other params. */
export function countText(t: Translate, lang: UiLang, key: CountKey, n: number, params: Record<string, string | number> = {}): string {
  let rule = rules.get(lang)
  if (!rule) {
    rule = new Intl.PluralRules(lang)
    rules.set(lang, rule)
  }
  const singular = rule.select(n) === 'one'
  return t(singular ? (`${key}One` as MessageKey) : key, { ...params, n: n.toLocaleString(lang) })
}
