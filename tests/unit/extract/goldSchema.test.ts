// The gold set is only worth its scores if the annotations themselves are sound: every quote
// found where it says, values numeric, kinds and units from the documented vocabulary, and
// enough of it in both languages. See tests/fixtures/claims/README.md for the conventions.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../shared/model'
import { problems } from './goldProblems'
import { loadGold, type GoldPassage } from './goldScore'

const GOLD_DIR = join(__dirname, '../../fixtures/claims/invented')

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
