// The real-text gold set (tests/fixtures/claims/dev and test, GUIDELINES.md) is only worth its scores
// if its passages are traceable and its split honest: every passage names its corpus, lines, licence,
// document and genre, and no source document has passages on both sides of the split.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadGold, locateQuote, type GoldPassage } from './goldScore'

const ROOT = join(__dirname, '../../fixtures/claims')
const SETS = ['dev', 'test'] as const

function load(set: (typeof SETS)[number]): GoldPassage[] {
  const dir = join(ROOT, set)
  if (!existsSync(dir) || !readdirSync(dir).some((n) => n.endsWith('.jsonl'))) return []
  const r = loadGold(dir)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

const sets = { dev: load('dev'), test: load('test') }

describe('real-text gold set (dev / test)', () => {
  it('every passage is traceable: corpus, line range, licence, document and genre', () => {
    for (const set of SETS) {
      for (const p of sets[set]) {
        expect(p.source, `${set} ${p.id} source`).toBeDefined()
        expect(p.doc, `${set} ${p.id} doc`).toBeDefined()
        expect(p.genre, `${set} ${p.id} genre`).toBeDefined()
      }
    }
  })

  it('splits by source document: no document on both sides, and ids unique across the split', () => {
    const devDocs = new Set(sets.dev.map((p) => p.doc))
    expect(sets.test.filter((p) => devDocs.has(p.doc)).map((p) => p.id)).toEqual([])
    const ids = [...sets.dev, ...sets.test].map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('every quote is located once (or at its start) in its passage', () => {
    const bad = [...sets.dev, ...sets.test].flatMap((p) => p.claims.filter((c) => !locateQuote(p.text, c)).map((c) => `${p.id}: ${c.quote}`))
    expect(bad).toEqual([])
  })
})
