// The gold set is only worth its scores if the annotations themselves are sound: every quote
// found where it says, values numeric, kinds and units from the documented vocabulary, and
// enough of it in both languages. See tests/fixtures/claims/README.md for the conventions.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../shared/model'
import { fold, loadGold, numbersIn, occurrences, type GoldClaim, type GoldPassage } from './goldScore'

const GOLD_DIR = join(__dirname, '../../fixtures/claims/invented')

/** Measure units the gold set may use (SI symbols, plus durations as English nouns). */
const MEASURE_UNITS = new Set([
  'km', 'km/h', 'm', 'cm', 'mm', 'm²', 'km²', 'm³', 'ha', 't', 'Mt', 'kg', 'g', 't/ha', 'q/ha', 'l', 'hl', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh',
  '°C', '°F', 'bar', 'ly', 'MP', 'k/s', 'min', 'mph', 'mi', 'ft', 'in', 'lb', 'oz', 'gal', 'bbl', 'bbl/d', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'acre'
])
const CURRENCY = /^[A-Z]{3}$/

const loaded = loadGold(GOLD_DIR)
const passages: GoldPassage[] = loaded.ok ? loaded.value : []
/** The real-text sets (GUIDELINES.md), checked by the same rules once annotated. */
const realPassages: GoldPassage[] = ['dev', 'test'].flatMap((set) => {
  const dir = join(GOLD_DIR, '..', set)
  if (!existsSync(dir) || !readdirSync(dir).some((n) => n.endsWith('.jsonl'))) return []
  const r = loadGold(dir)
  if (!r.ok) throw new Error(r.error)
  return r.value.map((p) => ({ ...p, file: `${set}/${p.file ?? ''}` }))
})

function unitProblem(c: GoldClaim): string | null {
  switch (c.kind) {
    case 'money':
      return c.unit !== null && CURRENCY.test(c.unit) ? null : `money needs an ISO 4217 unit, got ${c.unit}`
    case 'percent':
      return c.unit === '%' ? null : `percent needs unit "%", got ${c.unit}`
    case 'quantity':
      return c.unit !== null && MEASURE_UNITS.has(c.unit) ? null : `quantity needs a measure unit, got ${c.unit}`
    case 'change':
      return c.unit === null || ['%', 'pp', 'bp'].includes(c.unit) || CURRENCY.test(c.unit) || MEASURE_UNITS.has(c.unit)
        ? null
        : `change has an unknown unit ${c.unit}`
    case 'count':
    case 'ratio':
    case 'rank':
      return c.unit === null ? null : `${c.kind} takes no unit, got ${c.unit}`
    default:
      return `unknown kind ${String(c.kind)}`
  }
}

/** Everything wrong with one passage, as readable messages (empty when sound). */
function problems(p: GoldPassage): string[] {
  const out: string[] = []
  const spans: { start: number; end: number; quote: string }[] = []
  const lower = fold(p.text)
  for (const c of p.claims) {
    const at = occurrences(p.text, c.quote)
    if (at.length === 0) out.push(`quote "${c.quote}" is not in the text`)
    else if (c.start === undefined && at.length > 1) out.push(`quote "${c.quote}" occurs ${at.length} times: give "start"`)
    else if (c.start !== undefined && !at.includes(c.start)) out.push(`quote "${c.quote}" is not at start ${c.start}`)
    else spans.push({ start: c.start ?? at[0], end: (c.start ?? at[0]) + c.quote.length, quote: c.quote })
    const unit = unitProblem(c)
    if (unit) out.push(`"${c.quote}": ${unit}`)
    if (c.valueHigh !== null && !(c.valueHigh > c.value)) out.push(`"${c.quote}": valueHigh ${c.valueHigh} is not above value ${c.value}`)
    for (const field of ['approx', 'period', 'speaker', 'subject'] as const) {
      const v = c[field]
      if (v !== null && !lower.includes(fold(v))) out.push(`"${c.quote}": ${field} "${v}" is not written in the text`)
    }
  }
  spans.sort((a, b) => a.start - b.start)
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) out.push(`quotes "${spans[i - 1].quote}" and "${spans[i].quote}" overlap`)
  }
  for (const nc of p.nonClaims) {
    const at = occurrences(p.text, nc)
    if (at.length === 0) out.push(`non-claim "${nc}" is not in the text`)
    if (numbersIn(nc).length === 0) out.push(`non-claim "${nc}" holds no number`)
    for (const s of at) {
      const hit = spans.find((q) => s < q.end && q.start < s + nc.length)
      if (hit) out.push(`non-claim "${nc}" overlaps the claim "${hit.quote}"`)
    }
  }
  return out
}

describe('gold set of numeric claims (tests/fixtures/claims)', () => {
  it('loads: every line is a valid passage and ids are unique', () => {
    expect(loaded.ok ? 'ok' : loaded.error).toBe('ok')
  })

  it('annotations are sound: quotes located, units valid, fields written in the text, no overlaps', () => {
    const all = [...passages, ...realPassages].flatMap((p) => problems(p).map((m) => `${p.file ?? ''} ${p.id}: ${m}`))
    expect(all).toEqual([])
  })

  it('flags broken annotations (so the check above can fail)', () => {
    const p = passages[0]
    const c = p.claims[0]
    const broken: GoldPassage = {
      ...p,
      claims: [
        { ...c, quote: 'not in this text', valueHigh: c.value - 1, speaker: 'Nobody Here' },
        { ...c, kind: 'money', unit: 'euros' }
      ],
      nonClaims: [c.quote, 'absent 42', 'x']
    }
    const found = problems(broken).join('\n')
    expect(found).toMatch(/not in the text/)
    expect(found).toMatch(/valueHigh/)
    expect(found).toMatch(/speaker "Nobody Here"/)
    expect(found).toMatch(/ISO 4217/)
    expect(found).toMatch(/overlaps the claim/)
    expect(found).toMatch(/non-claim "absent 42" is not in the text/)
    expect(found).toMatch(/non-claim "x" holds no number/)
  })

  it('is large and balanced enough: ≥75 claims and ≥30 non-claims per language, ≥150/60 in all', () => {
    for (const lang of LANGS) {
      const mine = passages.filter((p) => p.lang === lang)
      expect(mine.reduce((n, p) => n + p.claims.length, 0), `${lang} claims`).toBeGreaterThanOrEqual(75)
      expect(mine.reduce((n, p) => n + p.nonClaims.length, 0), `${lang} non-claims`).toBeGreaterThanOrEqual(30)
      expect(mine.some((p) => p.claims.length === 0 && p.nonClaims.length > 0), `${lang} passage with only non-claims`).toBe(true)
    }
    expect(passages.reduce((n, p) => n + p.claims.length, 0)).toBeGreaterThanOrEqual(150)
    expect(passages.reduce((n, p) => n + p.nonClaims.length, 0)).toBeGreaterThanOrEqual(60)
  })

  it('covers every style in both languages, one file per language and style', () => {
    const files = new Set(passages.map((p) => p.file))
    for (const lang of LANGS) {
      for (const style of ['interviews', 'news', 'press', 'parliament', 'stats', 'economy']) {
        expect(files.has(`${lang}-${style}.jsonl`), `${lang}-${style}.jsonl`).toBe(true)
      }
    }
    for (const p of passages) expect(p.file?.startsWith(`${p.lang}-`), `${p.id} is filed under its language`).toBe(true)
  })

  it('exercises the separators the extractor must read (space, no-break, narrow no-break, dot, apostrophe)', () => {
    const quotes = passages.flatMap((p) => p.claims.map((c) => c.quote))
    for (const sep of [/\d \d{3}/, /\d\u00a0\d{3}/, /\d\u202f\d{3}/, /\d\.\d{3},\d/, /\d,\d{3}\.\d/, /\d'\d{3}/]) {
      expect(quotes.some((q) => sep.test(q)), String(sep)).toBe(true)
    }
  })
})
