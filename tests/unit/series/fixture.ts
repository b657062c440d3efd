import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Claim, type Source } from '../../../shared/model'

const FIXTURE = fileURLToPath(new URL('../../fixtures/series/claims.json', import.meta.url))

/** The series fixture: French and English claims about the same figures, plus unrelated ones. */
export function loadFixture(): { claims: Claim[]; sources: Map<string, Source>; byId: Map<string, Claim> } {
  const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { claims: Claim[]; sources: Source[] }
  return {
    claims: raw.claims,
    sources: new Map(raw.sources.map((s) => [s.id, s])),
    byId: new Map(raw.claims.map((c) => [c.id, c]))
  }
}

/** A deterministic shuffle (mulberry32), so a failing order can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** A minimal valid claim for table-driven tests. */
export function makeClaim(over: Partial<Claim> & { id: string }): Claim {
  return {
    sourceId: 'src',
    quote: 'q',
    start: 0,
    end: 1,
    sentence: 'q',
    value: 1,
    kind: 'count',
    subject: '',
    subjectKey: '',
    status: 'extracted',
    verdict: 'unverified',
    note: '',
    tags: [],
    extractorVersion: 'test',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over
  }
}
