import { describe, expect, it } from 'vitest'
import { historyProblem, readBundle } from '../../../shared/bundle'
import { fixtureBytes, importCountedInto, loadContent, storedRecords } from './fixture'

// Issue 11, item 1: every History record a bundle carries is validated like a live record.
describe('readBundle checks History like live records', () => {
  it.each([
    ['history-orphan-claim.zip', /history\[4\] \(e11e11e1-0003-4000-8000-000000000000\): before: the deleted claim cites source "f00dfeed-0000-4000-8000-000000000000", which is neither in the bundle nor deleted by its History/],
    ['history-bad-value.zip', /history\[4\] \(e11e11e1-0004-4000-8000-000000000000\): before\.value: .*expected number/],
    ['history-unknown-entity.zip', /history\[4\] \(e11e11e1-0005-4000-8000-000000000000\): names series a1b2c3d4-0000-4000-8000-00000000dead, which is neither in the bundle nor deleted by its History/]
  ])('refuses %s, naming claims.json, the entry and the reason', async (name, reason) => {
    const result = await readBundle(fixtureBytes(name), name)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.startsWith(`${name}: claims.json: `)).toBe(true)
    expect(result.error).toMatch(reason)
    await expect(importCountedInto(name, fixtureBytes(name), storedRecords(), {})).rejects.toThrow(reason)
  })

  it.each(['valid.zip', 'history-hijack.zip', 'edited-text.zip', 'moved-claim.zip', 'future-dated.zip'])('accepts %s (its History names known records with valid values)', async (name) => {
    const result = await readBundle(fixtureBytes(name), name)
    expect(result.ok ? 'ok' : result.error).toBe('ok')
  })

  it('accepts entries about records the History itself deletes, and refuses a deletion without its record', () => {
    const content = loadContent()
    const claim = content.claims[0]
    const gone = { ...claim, id: 'c1a2b3c4-0077-4a5b-8c6d-7e8f9a0b1c77' }
    const history = [
      ...content.history,
      { id: 'h1', entity: 'claim' as const, entityId: gone.id, action: 'update' as const, fields: ['note'], before: { note: '' }, after: { note: 'x' }, by: 'me', at: '2024-01-01T00:00:00.000Z' },
      { id: 'h2', entity: 'claim' as const, entityId: gone.id, action: 'delete' as const, fields: [], before: gone, by: 'me', at: '2024-01-02T00:00:00.000Z' }
    ]
    expect(historyProblem(history, content)).toBeUndefined()
    const noRecord = [...history, { id: 'h3', entity: 'source' as const, entityId: content.sources[0].id, action: 'delete' as const, fields: [], by: 'me', at: '2024-01-03T00:00:00.000Z' }]
    expect(historyProblem(noRecord, content)).toBe('history[6] (h3): a "delete" entry needs "before"')
    const wrongId = [...history, { ...history[4], id: 'h4', before: { id: 'other', note: '' } }]
    expect(historyProblem(wrongId, content)).toMatch(/^history\[6\] \(h4\): before\.id is "other", not the entry's entityId/)
    const badDate = [...history, { ...history[4], id: 'h5', before: { updatedAt: 'tomorrow' } }]
    expect(historyProblem(badDate, content)).toMatch(/^history\[6\] \(h5\): before\.updatedAt: /)
  })
})
