import 'fake-indexeddb/auto'
import { parseHTML } from 'linkedom'
import { act, createElement } from 'react'
import { type Root, createRoot } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { setDb } from '../../renderer/src/db/context'
import { CURRENT_DB_VERSION, openDatabase } from '../../renderer/src/db/database'
import { type LiveResult, useClaimQuery, useDatabaseNotice, useHistory, useSetting, useSources } from '../../renderer/src/db/hooks'
import { setVerdict } from '../../renderer/src/db/repositories/claims'
import { setSetting } from '../../renderer/src/db/repositories/settings'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { INTERVIEW, closeAll, freshDb, freshName, makeClaim, makeSource } from './helpers'

// React renders into linkedom's document: enough DOM for hooks, no browser needed.
const { window: win, document: doc } = parseHTML('<!doctype html><html><body></body></html>')
beforeAll(() => {
  Object.assign(globalThis, { window: win, document: doc, IS_REACT_ACT_ENVIRONMENT: true })
  if (!('navigator' in globalThis)) Object.assign(globalThis, { navigator: { userAgent: 'node' } })
})

let root: Root | null = null
afterEach(async () => {
  await act(async () => root?.unmount())
  root = null
  closeAll()
})

/** Renders a component that calls `hook` and returns a function giving its latest value. */
async function renderHook<T>(hook: () => T): Promise<() => T> {
  let latest: { value: T } | null = null
  const Probe = () => {
    latest = { value: hook() }
    return null
  }
  const el = doc.createElement('div')
  doc.body.appendChild(el)
  root = createRoot(el as unknown as Element)
  await act(async () => root?.render(createElement(Probe)))
  return () => {
    if (!latest) throw new Error('not rendered')
    return latest.value
  }
}

/** Lets live queries settle (they run on IndexedDB callbacks outside React). */
async function settle<T>(read: () => LiveResult<T>, until: (r: LiveResult<T>) => boolean): Promise<LiveResult<T>> {
  for (let i = 0; i < 100; i++) {
    const r = read()
    if (until(r)) return r
    await act(async () => new Promise((res) => setTimeout(res, 10)))
  }
  return read()
}

describe('hooks', () => {
  it('useSources and useClaimQuery load, then follow changes', async () => {
    const db = freshDb()
    setDb(db)
    const source = makeSource(INTERVIEW, { title: 'Entretien' })
    const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
    await addSourceWithClaims(db, source, claims)
    const sources = await renderHook(() => useSources())
    expect(sources().isLoading || sources().data !== undefined).toBe(true)
    const loaded = await settle(sources, (r) => !r.isLoading)
    expect(loaded.data?.map((s) => [s.title, s.claimCount])).toEqual([['Entretien', 2]])
    expect(loaded.error).toBeUndefined()
    await act(async () => root?.unmount())

    const query = await renderHook(() => useClaimQuery({ verdict: ['false'] }))
    expect((await settle(query, (r) => !r.isLoading)).data?.total).toBe(0)
    await setVerdict(db, [claims[1].id], 'false', 'me')
    const after = await settle(query, (r) => r.data?.total === 1)
    expect(after.data?.rows.map((r) => r.id)).toEqual([claims[1].id])
  })

  it('useSetting and useHistory follow writes', async () => {
    const db = freshDb()
    setDb(db)
    const source = makeSource(INTERVIEW)
    const claim = makeClaim(source, '610 consommateurs')
    await addSourceWithClaims(db, source, [claim])
    const both = await renderHook(() => ({ lang: useSetting('uiLang', 'en'), history: useHistory('claim', claim.id) }))
    const lang = () => both().lang
    const history = () => both().history
    expect((await settle(lang, (r) => !r.isLoading)).data).toBe('en')
    await setSetting(db, 'uiLang', 'fr')
    expect((await settle(lang, (r) => r.data === 'fr')).data).toBe('fr')
    await setVerdict(db, [claim.id], 'accurate', 'Claire')
    const h = await settle(history, (r) => (r.data?.length ?? 0) > 0)
    expect(h.data?.[0]).toMatchObject({ by: 'Claire', fields: ['verdict'] })
  })

  it('a failing query is a value with a user-facing message, not a thrown render', async () => {
    const name = freshName()
    const newer = new Dexie(name)
    newer.version(CURRENT_DB_VERSION + 1).stores({ sources: 'id', claims: 'id', series: 'id', history: 'id', settings: 'key', claimDigests: 'sourceId' })
    await newer.open()
    newer.close()
    setDb(openDatabase(name))
    const sources = await renderHook(() => useSources())
    const r = await settle(sources, (x) => !x.isLoading)
    expect(r.data).toBeUndefined()
    expect(r.error?.kind).toBe('version')
    expect(r.error?.message).toMatch(/newer version of ClaimLedger/)
  })

  it('useDatabaseNotice shows that another window upgraded the database', async () => {
    const db = freshDb()
    setDb(db)
    await db.open()
    const notice = await renderHook(() => useDatabaseNotice())
    expect(notice()).toBeNull()
    const other = new Dexie(db.name)
    other.version(CURRENT_DB_VERSION + 1).stores({ extra: 'id' })
    await act(async () => {
      await other.open()
    })
    expect(notice()?.message).toMatch(/updated in another window; reload/)
    other.close()
  })
})
