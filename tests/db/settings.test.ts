import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { getSetting, setSetting } from '../../renderer/src/db/repositories/settings'
import { DatabaseError, toDatabaseError } from '../../renderer/src/db/errors'
import { closeAll, freshDb } from './helpers'

afterEach(closeAll)

describe('settings', () => {
  it('reads the fallback until set, then the value', async () => {
    const db = freshDb()
    expect(await getSetting(db, 'uiLang', 'en')).toBe('en')
    await setSetting(db, 'uiLang', 'fr')
    await setSetting(db, 'userName', 'Claire')
    await setSetting(db, 'theme', 'dark')
    await setSetting(db, 'sampleOffered', true)
    await setSetting(db, 'citationStyle', 'apa')
    expect(await getSetting(db, 'uiLang', 'en')).toBe('fr')
    expect(await getSetting(db, 'userName', 'me')).toBe('Claire')
    expect(await getSetting(db, 'theme', 'system')).toBe('dark')
    expect(await getSetting(db, 'sampleOffered', false)).toBe(true)
    expect(await getSetting(db, 'citationStyle', 'chicago')).toBe('apa')
  })

  it('a stored value of the wrong shape reads as the fallback; a wrong value is refused', async () => {
    const db = freshDb()
    await db.settings.put({ key: 'uiLang', value: 'de' })
    await db.settings.put({ key: 'sampleOffered', value: 'yes' })
    expect(await getSetting(db, 'uiLang', 'en')).toBe('en')
    expect(await getSetting(db, 'sampleOffered', false)).toBe(false)
    await expect(setSetting(db, 'theme', 'pink' as 'dark')).rejects.toMatchObject({ kind: 'invalid' })
    await expect(setSetting(db, 'nope' as 'theme', 'dark')).rejects.toMatchObject({ kind: 'invalid' })
  })
})

describe('toDatabaseError', () => {
  it('maps the failures the user must understand', () => {
    const dom = (name: string) => new DOMException('x', name)
    expect(toDatabaseError(dom('QuotaExceededError')).kind).toBe('quota')
    // Dexie wraps native errors in `inner`, bulk operations list them in `failures`.
    expect(toDatabaseError({ name: 'AbortError', inner: dom('QuotaExceededError') }).kind).toBe('quota')
    expect(toDatabaseError({ name: 'BulkError', failures: [dom('QuotaExceededError')] }).kind).toBe('quota')
    expect(toDatabaseError({ name: 'BulkError', failures: { 3: dom('QuotaExceededError') } }).kind).toBe('quota')
    expect(toDatabaseError({ name: 'VersionError' }).kind).toBe('version')
    expect(toDatabaseError({ name: 'OpenFailedError', inner: { name: 'VersionError' } }).kind).toBe('version')
    expect(toDatabaseError({ name: 'DatabaseClosedError' }).kind).toBe('closed')
    const open = toDatabaseError(Object.assign(new Error('no IndexedDB'), { name: 'OpenFailedError' }))
    expect(open).toMatchObject({ kind: 'open-failed', message: 'ClaimLedger could not open its database: no IndexedDB' })
    expect(toDatabaseError('boom')).toMatchObject({ kind: 'unknown', message: expect.stringMatching(/boom/) })
    const same = DatabaseError.of('blocked')
    expect(toDatabaseError(same)).toBe(same)
    expect(same.message).toMatch(/Close that window/)
  })
})
