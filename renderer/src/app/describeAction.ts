/**
 * What an action did, in the UI's language, from its History entries: "verdict “False” on 6 claims",
 * "deletion of the source “…”". Undo and Redo name what they revert with it (issue 12, item 2).
 */
import { CLAIM_STATUSES, VERDICTS, type ClaimStatus, type HistoryEntry, type Verdict } from '../../../shared/model'
import type { Translate } from '../i18n'

/** An action described: the verdict it set when that is all it did (undo and redo then say so in full). */
export interface ActionDescription {
  what: string
  verdict?: { label: string; n: number; claims: string }
}

function claimsWord(n: number, t: Translate): string {
  return n === 1 ? t('claimOne') : t('claimMany')
}

/** The one value every entry's `after` gives `field`, if they agree and it is one of `allowed`. */
function sameAfter<T extends string>(entries: readonly HistoryEntry[], field: string, allowed: readonly T[]): T | undefined {
  const values = new Set(entries.map((e) => (e.after as Record<string, unknown> | undefined)?.[field]))
  const [only] = [...values]
  return values.size === 1 && allowed.includes(only as T) ? (only as T) : undefined
}

function named(entries: readonly HistoryEntry[], key: 'title' | 'name', names?: ReadonlyMap<string, string>): string {
  for (const e of entries) {
    // An entry that changed only a series' claims holds no name: the caller's list has it.
    const known = names?.get(e.entityId)
    if (known) return known
    for (const record of [e.before, e.after]) {
      const value = (record as Record<string, unknown> | undefined)?.[key]
      if (typeof value === 'string' && value) return value
    }
  }
  return '…'
}

const only = (entries: readonly HistoryEntry[], fields: readonly string[]): boolean =>
  entries.length > 0 && entries.every((e) => e.action === 'update' && e.fields.length > 0 && e.fields.every((f) => fields.includes(f)))

function tagsOf(record: unknown): string[] {
  const tags = (record as Record<string, unknown> | undefined)?.tags
  return Array.isArray(tags) ? tags.filter((x): x is string => typeof x === 'string') : []
}

/** The one tag every entry added (or every entry removed), when that is all the batch did. */
function oneTagChange(entries: readonly HistoryEntry[]): { tag: string; added: boolean } | undefined {
  const changes = entries.map((e) => {
    const before = tagsOf(e.before)
    const after = tagsOf(e.after)
    return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) }
  })
  for (const added of [true, false]) {
    const lists = changes.map((c) => (added ? c.added : c.removed))
    const others = changes.map((c) => (added ? c.removed : c.added))
    const tag = lists[0]?.[0]
    if (tag !== undefined && lists.every((l) => l.length === 1 && l[0] === tag) && others.every((l) => l.length === 0)) return { tag, added }
  }
  return undefined
}

/** Describes the action whose History entries these are (one batch); `seriesNames` by id names series the entries do not. */
export function describeAction(entries: readonly HistoryEntry[], t: Translate, seriesNames?: ReadonlyMap<string, string>): ActionDescription {
  const sources = entries.filter((e) => e.entity === 'source')
  const series = entries.filter((e) => e.entity === 'series')
  const claims = entries.filter((e) => e.entity === 'claim')
  const n = new Set(claims.map((e) => e.entityId)).size
  const params = { n, claims: claimsWord(n, t) }
  if (sources.length > 0) {
    const deleted = sources.some((e) => e.action === 'delete')
    return { what: t(deleted ? 'whatDeleteSource' : 'whatSource', { title: named(sources, 'title') }) }
  }
  if (series.some((e) => e.action === 'delete')) return { what: t('whatDeleteSeries', { name: named(series, 'name') }) }
  // Changing a series' claims also rewrites the series' list: the series names the action.
  if (series.length > 0 && claims.every((e) => only([e], ['seriesId']))) {
    const name = named(series, 'name', seriesNames)
    if (series.some((e) => e.action === 'create')) return { what: t('whatCreateSeries', { name, ...params }) }
    const into = new Set(claims.map((e) => (e.after as Record<string, unknown> | undefined)?.seriesId))
    const target = series.find((e) => into.size === 1 && e.entityId === [...into][0])
    if (claims.length > 0 && target) return { what: t('whatAddToSeries', { name: named([target], 'name', seriesNames), ...params }) }
    return { what: t('whatSeries', { name }) }
  }
  if (claims.length === 0) return { what: t('whatChanges', { n: entries.length }) }
  if (claims.every((e) => e.action === 'create')) return { what: t('whatAddClaims', params) }
  if (claims.every((e) => e.action === 'delete')) return { what: t('whatDeleteClaims', params) }
  if (only(claims, ['verdict'])) {
    const verdict = sameAfter<Verdict>(claims, 'verdict', VERDICTS)
    if (verdict) {
      const label = t(`verdict_${verdict}`)
      return { what: t('whatVerdict', { verdict: label, ...params }), verdict: { label, ...params } }
    }
  }
  if (only(claims, ['status'])) {
    const status = sameAfter<ClaimStatus>(claims, 'status', CLAIM_STATUSES)
    if (status) return { what: t('whatStatus', { status: t(`status_${status}`), ...params }) }
  }
  if (only(claims, ['tags'])) {
    const tag = oneTagChange(claims)
    if (tag) return { what: t(tag.added ? 'whatTagAdded' : 'whatTagRemoved', { tag: tag.tag, ...params }) }
    return { what: t('whatTags', params) }
  }
  return { what: t('whatEdit', params) }
}

/** The notice after an undo ("Verdict « Faux » retiré de 6 affirmations") or a redo. */
export function describeStep(entries: readonly HistoryEntry[], direction: 'undo' | 'redo', t: Translate, seriesNames?: ReadonlyMap<string, string>): string {
  const { what, verdict } = describeAction(entries, t, seriesNames)
  if (verdict) return t(direction === 'undo' ? 'undoneVerdict' : 'redoneVerdict', { verdict: verdict.label, n: verdict.n, claims: verdict.claims })
  return t(direction === 'undo' ? 'undone' : 'redone', { what })
}
