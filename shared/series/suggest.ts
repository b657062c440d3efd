/**
 * Suggest series: groups of claims that look like the same figure, scored and explained.
 * Deterministic: claims are processed in id order, so shuffling the input changes nothing.
 */
import { type Claim, type Series, type SourceMeta } from '../model'
import { conceptTokens, displayToken } from './concepts'
import { type Edge, averageLinkage } from './cluster'
import { stableHash } from './hash'
import { type Candidate, type PairEvidence, candidateOf, pairScore } from './pairScore'
import { placeClaim } from './placement'
import { type SeriesSuggestion } from './types'
import { describeDimension, dimensionOf } from './units'
import { formatReasonValue, reasonPartText, reasonText, type ReasonPart } from './reasons'

/** Options of suggestSeries. */
export interface SuggestOptions {
  /** Suggestions scoring below this are dropped; also the linkage threshold. Default 0.35. */
  minScore?: number
  /** Series that exist already: their claims are not suggested again. */
  existing?: Series[]
}

/** Default threshold: below it, pairs in the fixtures were different figures. */
export const DEFAULT_MIN_SCORE = 0.35
/** Score of a lone claim with a before value: a series by construction, ranked below multi-source groups. */
export const BEFORE_AFTER_SCORE = 0.5
// A token or value shared by more claims than this is too common to block on (such pairs still
// meet through rarer tokens); keeps pairing near-linear on a large library.
const MAX_POSTING = 400
/** Pairs scoring under this fraction of minScore are left out of the linkage graph. */
const EDGE_FLOOR = 0.25

// Pairs as one number (i < j < n): cheaper than string keys on large libraries.
function pairKey(i: number, j: number, n: number): number {
  return i * n + j
}

function candidates(claims: Claim[], options: SuggestOptions): Candidate[] {
  const taken = new Set<string>()
  for (const s of options.existing ?? []) for (const id of s.claimIds) taken.add(id)
  const seen = new Set<string>()
  const out: Candidate[] = []
  for (const c of [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (seen.has(c.id) || c.status === 'rejected' || c.seriesId || taken.has(c.id)) continue
    if (!Number.isFinite(c.value)) continue
    seen.add(c.id)
    out.push(candidateOf(c, dimensionOf(c), conceptTokens(c.subjectKey ?? '')))
  }
  return out
}

function blockingPairs(cands: Candidate[]): number[] {
  const postings = new Map<string, number[]>()
  const post = (key: string, i: number): void => {
    const list = postings.get(key)
    if (list) list.push(i)
    else postings.set(key, [i])
  }
  cands.forEach((c, i) => {
    for (const t of c.tokens) post(`${c.dimension}|t|${t}`, i)
    post(`${c.dimension}|v|${c.claim.value}`, i)
    if (c.claim.previous) post(`${c.dimension}|v|${c.claim.previous.value}`, i)
  })
  const n = cands.length
  const seen = new Set<number>()
  const pairs: number[] = []
  for (const [, list] of [...postings.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (list.length > MAX_POSTING) continue
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const k = pairKey(list[x], list[y], n)
        if (seen.has(k)) continue
        seen.add(k)
        pairs.push(k)
      }
    }
  }
  return pairs
}

function idfOf(cands: Candidate[]): (t: string) => number {
  const df = new Map<string, number>()
  for (const c of cands) for (const t of c.tokens) df.set(t, (df.get(t) ?? 0) + 1)
  const n = Math.max(1, cands.length)
  const idf = new Map<string, number>()
  for (const [t, k] of df) idf.set(t, Math.log(1 + n / k))
  const one = Math.log(1 + n)
  return (t) => idf.get(t) ?? one
}

function tidyName(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > 80 ? `${t.slice(0, 79)}…` : t
}

/**
 * A series name from a claim: its subject, with the rate when the subject lacks it
 * ("consommateurs, toutes les nuits"), since the extractor's subject is often one noun.
 */
function nameOf(claim: Claim): string {
  const subject = (claim.subject ?? '').trim() || (claim.subjectKey ?? '')
  const period = claim.period
  const text = period?.text ?? ''
  const rate = period?.per && text && text.length <= 30 && !subject.toLowerCase().includes(text.toLowerCase()) ? text : ''
  return tidyName(rate ? `${subject}, ${rate}` : subject) || 'Untitled series'
}

interface Built {
  members: Candidate[]
  score: number
  evidence: PairEvidence[]
  medoid: Candidate
}

function reasonOf(b: Built, sources: ReadonlyMap<string, SourceMeta>, idf: (t: string) => number): ReasonPart[] {
  const parts: ReasonPart[] = []
  const dim = b.members[0].dimension
  parts.push({ kind: 'unit', currency: dim.startsWith('money:'), unit: describeDimension(dim) })
  if (b.members.length === 1) {
    const c = b.members[0].claim
    const p = c.previous
    if (p) parts.push({ kind: 'beforeAfter', before: formatReasonValue(p.value, p.valueHigh), after: formatReasonValue(c.value, c.valueHigh) })
    return parts
  }
  const count = new Map<string, number>()
  for (const m of b.members) for (const t of m.tokens) count.set(t, (count.get(t) ?? 0) + 1)
  const need = Math.max(2, Math.ceil(b.members.length / 2))
  const shared = [...count.entries()]
    .filter(([, k]) => k >= need)
    .map(([t]) => t)
    .sort((x, y) => idf(y) - idf(x) || (x < y ? -1 : 1))
    .slice(0, 4)
  if (shared.length) parts.push({ kind: 'sharedWords', words: shared.map(displayToken) })
  // The strongest numeric link says the most ("same figures" over "same value").
  const numeric = b.evidence
    .filter((e) => e.numeric)
    .map((e) => ({ score: e.numericScore, fact: e.numeric as ReasonPart, key: reasonPartText(e.numeric as ReasonPart, 'en') }))
    .sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1))[0]
  if (numeric) parts.push(numeric.fact)
  if (b.evidence.some((e) => e.closeValues)) {
    const vs = b.members.map((m) => m.claim.value)
    parts.push({ kind: 'closeValues', min: Math.min(...vs), max: Math.max(...vs) })
  }
  const langs = new Set(b.members.map((m) => sources.get(m.claim.sourceId)?.lang).filter((l) => !!l))
  if (langs.size > 1) parts.push({ kind: 'bilingual' })
  const speakers = new Set(b.members.map((m) => m.speaker))
  if (speakers.size === 1 && b.members[0].speaker) parts.push({ kind: 'sameSpeaker', speaker: b.members[0].claim.speaker ?? '' })
  const places = [...b.members[0].places].filter((p) => b.members.every((m) => m.places.has(p))).sort()
  if (places.length) parts.push({ kind: 'samePlace', places })
  parts.push({ kind: 'count', claims: b.members.length, sources: new Set(b.members.map((m) => m.claim.sourceId)).size })
  return parts
}

function unitOf(members: Candidate[]): string | undefined {
  const count = new Map<string, number>()
  for (const m of members) if (m.claim.unit) count.set(m.claim.unit, (count.get(m.claim.unit) ?? 0) + 1)
  const best = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
  return best?.[0]
}

function chronological(members: Candidate[], sources: ReadonlyMap<string, SourceMeta>): string[] {
  return members
    .map((m) => ({ id: m.claim.id, x: placeClaim(m.claim, sources.get(m.claim.sourceId)).x }))
    .sort((a, b) => {
      if (a.x !== b.x) return !a.x ? 1 : !b.x ? -1 : a.x < b.x ? -1 : 1
      return a.id < b.id ? -1 : 1
    })
    .map((p) => p.id)
}

/**
 * Suggest which claims form series. Claims already in a series (seriesId or options.existing)
 * and rejected claims are left out. A group needs two claims, except one claim with a before
 * value ("c'était 200 avant"), which is a series of two points by itself. Same input (in any
 * order) gives the same suggestions in the same order: by score, then size, then key.
 */
export function suggestSeries(claims: Claim[], sources: ReadonlyMap<string, SourceMeta>, options: SuggestOptions = {}): SeriesSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const cands = candidates(claims, options)
  const idf = idfOf(cands)
  for (const c of cands) c.weight = c.tokens.reduce((sum, t) => sum + idf(t), 0)
  const n = cands.length
  const evidence = new Map<number, PairEvidence>()
  const edges: Edge[] = []
  for (const k of blockingPairs(cands)) {
    const i = Math.floor(k / n)
    const j = k - i * n
    const e = pairScore(cands[i], cands[j], idf)
    // Faint pairs barely move an average and would make the graph dense: count them as 0.
    if (e.score < minScore * EDGE_FLOOR) continue
    evidence.set(k, e)
    edges.push({ i, j, w: e.score })
  }
  const out: SeriesSuggestion[] = []
  for (const cluster of averageLinkage(cands.length, edges, minScore)) {
    const members = cluster.map((i) => cands[i])
    let built: Built
    if (cluster.length === 1) {
      if (!members[0].claim.previous) continue
      built = { members, score: BEFORE_AFTER_SCORE, evidence: [], medoid: members[0] }
    } else {
      const ev: PairEvidence[] = []
      const centrality = new Array<number>(cluster.length).fill(0)
      let sum = 0
      for (let x = 0; x < cluster.length; x++) {
        for (let y = x + 1; y < cluster.length; y++) {
          const e = evidence.get(pairKey(cluster[x], cluster[y], n))
          if (!e) continue
          ev.push(e)
          sum += e.score
          centrality[x] += e.score
          centrality[y] += e.score
        }
      }
      const pairs = (cluster.length * (cluster.length - 1)) / 2
      // The most central claim names the series; ties go to the more descriptive subject.
      let medoid = 0
      for (let x = 1; x < cluster.length; x++) {
        const d = centrality[x] - centrality[medoid]
        if (d > 1e-9 || (Math.abs(d) <= 1e-9 && members[x].tokens.length > members[medoid].tokens.length)) medoid = x
      }
      built = { members, score: sum / pairs, evidence: ev, medoid: members[medoid] }
    }
    if (built.score < minScore) continue
    const claimIds = chronological(members, sources)
    const named = [built.medoid, ...members].find((m) => (m.claim.subject ?? '').trim())
    const suggestion: SeriesSuggestion = {
      key: `sugg-${stableHash([...claimIds].sort().join('|'))}`,
      name: nameOf(named?.claim ?? built.medoid.claim),
      claimIds,
      score: Math.round(built.score * 1000) / 1000,
      reason: '',
      reasons: reasonOf(built, sources, idf)
    }
    suggestion.reason = reasonText(suggestion.reasons, 'en')
    const unit = unitOf(members)
    if (unit) suggestion.unit = unit
    out.push(suggestion)
  }
  return out.sort((a, b) => b.score - a.score || b.claimIds.length - a.claimIds.length || (a.key < b.key ? -1 : 1))
}
