// The country a shared money name is of ("15 000 couronnes" in a text about the Czechs is CZK, "46,000 rupees" in a
// text about Java is IDR), read once per text from the cues of ./lexicons/currencyContext.ts. A qualified name
// ("couronnes suédoises", "US dollars") or a symbol keeps its code; a text that names the default's own country, or
// two of the others, keeps the default.
import type { ExtractedClaim } from '../model'
import { SHARED_CURRENCIES, type SharedCurrency } from './lexicons/currencyContext'

const QUALIFIERS_BEFORE = /^(us|swiss|canadian|australian|american|czech|swedish|danish|norwegian|indian|indonesian|new|hong|singapore|belgian|french|pakistani)$/
const QUALIFIERS_AFTER = /^(suisses?|suédoises?|tchèques?|danoises?|norvégiennes?|belges?|français|françaises?|canadiens?|américains?|australiens?|us|cfa|indiennes?|indonésiennes?)$/

/** True when `cue` starts a word of `lower` (the text in lower case). */
function hasCue(lower: string, cue: string): boolean {
  for (let i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + 1)) {
    const before = i === 0 ? '' : lower[i - 1]
    if (before === '' || !/[\p{L}\p{N}]/u.test(before)) return true
  }
  return false
}

/** The code the text's cues give the shared currency, or its default. */
function codeInText(lower: string, shared: SharedCurrency): string {
  if (shared.keep.some((c) => hasCue(lower, c))) return shared.code
  const found = shared.cues.filter(([cues]) => cues.some((c) => hasCue(lower, c)))
  return found.length === 1 ? found[0][1] : shared.code
}

/** True when the figure's span writes the bare shared name (its last word of money), not a qualified one. */
function bareName(quote: string, shared: SharedCurrency): boolean {
  const words = quote.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)
  const at = words.findIndex((w) => shared.names.includes(w))
  // "couronnes suédoises", "francs suisses": a word after the name qualifies it; "US dollars", "Swiss francs" before it
  return at >= 0 && !(at > 0 && QUALIFIERS_BEFORE.test(words[at - 1])) && !(at + 1 < words.length && QUALIFIERS_AFTER.test(words[at + 1]))
}

/** Gives each claim whose figure writes a shared money name the code of the country its text is about. */
export function resolveSharedCurrencies(claims: ExtractedClaim[], text: string): void {
  let lower: string | undefined
  // each shared name is read against the text once, however many claims write it (keeps the pass linear)
  const codes = new Map<SharedCurrency, string>()
  for (const c of claims) {
    const shared = c.unit ? SHARED_CURRENCIES.find((s) => s.code === c.unit) : undefined
    if (!shared || !bareName(text.slice(c.figureStart ?? c.start, c.figureEnd ?? c.end), shared)) continue
    let code = codes.get(shared)
    if (code === undefined) {
      lower ??= text.toLowerCase()
      code = codeInText(lower, shared)
      codes.set(shared, code)
    }
    c.unit = code
  }
}

// Nouns an amount of money is said of ("a budget of 8,000 million", "land worth around 25 million"), by their last word.
const MONEY_NOUNS = new Set([
  'worth', 'cost', 'costs', 'budget', 'assets', 'tranche', 'price', 'sum', 'amount', 'investment', 'investments', 'loan', 'debt',
  'revenue', 'turnover', 'salary', 'wage', 'fine', 'bonus', 'bribe', 'bribes', 'aid', 'deficit', 'profit', 'profits', 'losses',
  'coût', 'coûts', 'somme', 'montant', 'prix', 'dette', 'prêt', 'investissement', 'investissements', 'recettes', 'affaires',
  'salaire', 'amende', 'aide', 'aides', 'déficit', 'bénéfice', 'bénéfices', 'pertes', 'fortune', 'patrimoine', 'valeur'
])
const SCALE_ONLY = /^[\d\s.,'’]*(?:thousand|million|billion|milliards?|millions?|mille|bn|m|k)?$/iu
/** How far back, in characters, an amount's currency carries over to a bare scaled figure. */
const CARRY_REACH = 800

/**
 * "I estimate my private assets to be around 60 million" after "twenty million Czech crowns": a scaled figure that
 * names nothing counted, or only what money is said of, keeps the currency of the amount just before it in the text.
 */
export function carryElidedCurrency(claims: ExtractedClaim[], text: string): void {
  let last: { unit: string; end: number } | undefined
  for (const c of claims) {
    if (c.kind === 'money' && c.unit) { last = { unit: c.unit, end: c.end }; continue }
    if (!last || c.kind !== 'count' || c.unit || c.start - last.end > CARRY_REACH) continue
    const figure = text.slice(c.figureStart ?? c.start, c.figureEnd ?? c.end)
    if (!SCALE_ONLY.test(figure.trim()) || c.value < 1000) continue
    const head = (c.subject ?? '').toLowerCase().split(/\s+/).pop() ?? ''
    // a figure that names nothing must be scaled to be money ("15 000 ont manifesté" counts people)
    const scaled = /million|billion|milliard|thousand|mille|bn\b/i.test(figure)
    if (head === '' ? !scaled : !MONEY_NOUNS.has(head)) continue
    c.unit = last.unit
    c.kind = 'money'
  }
}
