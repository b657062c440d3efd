/**
 * Keeping claims anchored when a merge changes a source's text (issue 11, item 2).
 *
 * A merge must never leave a claim whose quote is not the text at its offsets. For every
 * source stored with one text and arriving with another, each claim the source will hold
 * (stored claims the bundle does not overwrite, and the bundle's winners) is checked against
 * the text that wins:
 * - anchored in another text, it is re-anchored by its quote: the occurrence whose context
 *   matches the text it was anchored in, the nearest to its old offset on a tie;
 * - when the winning text no longer holds its quote, the claim keeps the text it was made on:
 *   that version of the source is kept as a separate source (new id, title saying it is a
 *   version), and the claim moves there. Nothing is dropped and every claim stays exact.
 * Every change is recorded in History (origin "merge", never undone).
 */
import type { Claim, HistoryEntry, Source } from '../model'
import { isAnchored, reanchor } from './anchor'
import type { BundleContent } from './types'

/** New offsets for a claim whose quote moved to `to`: its figure moves with it (same place inside the quote). */
function moved(claim: Claim, to: { start: number; end: number }): Pick<Claim, 'start' | 'end' | 'figureStart' | 'figureEnd'> {
  if (claim.figureStart === undefined || claim.figureEnd === undefined) return { start: to.start, end: to.end }
  const delta = to.start - claim.start
  return { start: to.start, end: to.end, figureStart: claim.figureStart + delta, figureEnd: claim.figureEnd + delta }
}

/** What keepClaimsAnchored changed. */
export interface AnchorChanges {
  /** Claims moved to where their quote is in the new text. */
  reanchored: { claimId: string; sourceId: string; from: number; to: number }[]
  /** Claims whose quote the winning text lost, moved to the kept version of their text. */
  versioned: { claimId: string; fromSourceId: string; toSourceId: string }[]
  /** The kept versions (new sources). */
  versions: Source[]
}

export interface AnchorInput {
  incoming: BundleContent
  storedSources: ReadonlyMap<string, Source>
  /** Stored claims: at least every claim of the incoming sources. */
  storedClaims: ReadonlyMap<string, Claim>
  /** The plan's writes so far; sources, claims and history are updated in place. */
  writes: BundleContent
  by: string
  at: string
  makeId: () => string
  /** The title of a kept version of `source`'s text. */
  versionTitle: (source: Source) => string
}

/** Default title of a kept version: the title and the date of that version. */
export function defaultVersionTitle(source: Source): string {
  return `${source.title} (version ${(source.updatedAt ?? source.importedAt).slice(0, 10)})`
}

interface Member {
  claim: Claim
  /** The version of the source whose text the claim's offsets point into. */
  version: Source
}

function bySource(claims: Iterable<Claim>): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>()
  for (const claim of claims) {
    const list = out.get(claim.sourceId)
    if (list) list.push(claim)
    else out.set(claim.sourceId, [claim])
  }
  return out
}

/**
 * The claims a source holds after the merge, each with the version of the text it is anchored
 * in: the bundle's claims in the bundle's text (readBundle checked them against it), the
 * stored claims the bundle does not overwrite in the stored text.
 */
function membersOf(incoming: Source, stored: Source, storedClaims: ReadonlyMap<string, Claim[]>, written: ReadonlyMap<string, Claim[]>, overwritten: ReadonlySet<string>): Member[] {
  const members: Member[] = (written.get(incoming.id) ?? []).map((claim) => ({ claim, version: incoming }))
  for (const claim of storedClaims.get(incoming.id) ?? []) if (!overwritten.has(claim.id)) members.push({ claim, version: stored })
  return members
}

/** Re-anchors or moves the claims of every source whose text the merge changes. Mutates input.writes. */
export function keepClaimsAnchored(input: AnchorInput): AnchorChanges {
  const changes: AnchorChanges = { reanchored: [], versioned: [], versions: [] }
  const writtenSources = new Map(input.writes.sources.map((s) => [s.id, s]))
  const written = new Map(input.writes.claims.map((c) => [c.id, c]))
  // Indexed once, before anything moves: each source's own claims are all this loop changes.
  const writtenBySource = bySource(written.values())
  const storedBySource = bySource(input.storedClaims.values())
  const overwritten = new Set(written.keys())
  const entry = (claim: Claim, fields: string[], before: Record<string, unknown>, after: Record<string, unknown>): HistoryEntry => ({
    id: input.makeId(), entity: 'claim', entityId: claim.id, action: 'merge', fields, before, after, by: input.by, at: input.at, origin: 'merge'
  })

  for (const incoming of input.incoming.sources) {
    const stored = input.storedSources.get(incoming.id)
    if (!stored || stored.text === incoming.text) continue
    const winner = writtenSources.get(incoming.id) ?? stored
    const kept = new Map<Source, Source>()
    for (const { claim, version } of membersOf(incoming, stored, storedBySource, writtenBySource, overwritten)) {
      if (version.text === winner.text && isAnchored(claim, winner.text)) continue
      const to = reanchor(claim, version.text, winner.text)
      if (to) {
        if (to.start === claim.start && to.end === claim.end) continue
        written.set(claim.id, { ...claim, ...moved(claim, to) })
        input.writes.history.push(entry(claim, ['end', 'start'], { start: claim.start, end: claim.end }, to))
        changes.reanchored.push({ claimId: claim.id, sourceId: incoming.id, from: claim.start, to: to.start })
        continue
      }
      let copy = kept.get(version)
      if (!copy) {
        const { updatedAt: _updatedAt, ...rest } = version
        copy = { ...rest, id: input.makeId(), title: input.versionTitle(version), importedAt: input.at }
        kept.set(version, copy)
        changes.versions.push(copy)
        input.writes.sources.push(copy)
        input.writes.history.push({
          id: input.makeId(), entity: 'source', entityId: copy.id, action: 'create', fields: [], after: { title: copy.title, contentHash: copy.contentHash }, by: input.by, at: input.at, origin: 'merge'
        })
      }
      const offsets = isAnchored(claim, version.text) ? { start: claim.start, end: claim.end } : (reanchor(claim, undefined, version.text) ?? { start: claim.start, end: claim.end })
      written.set(claim.id, { ...claim, ...moved(claim, offsets), sourceId: copy.id })
      input.writes.history.push(entry(claim, ['sourceId'], { sourceId: incoming.id }, { sourceId: copy.id }))
      changes.versioned.push({ claimId: claim.id, fromSourceId: incoming.id, toSourceId: copy.id })
    }
  }
  input.writes.claims = [...written.values()]
  return changes
}
