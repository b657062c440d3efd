import { describe, expect, it } from 'vitest'
import { buildImportFixtures } from '../../fixtures/bundles/importFixtures'
import { fixtureBytes, unzipText } from './fixture'

// The committed hostile bundles are what importFixtures.ts builds (one builder for the fixtures and their tests).
describe('tests/fixtures/bundles, hostile but valid', () => {
  it('each committed zip holds the records importFixtures.ts builds', async () => {
    const built = await buildImportFixtures()
    expect(Object.keys(built).length).toBeGreaterThanOrEqual(7)
    for (const [name, bytes] of Object.entries(built)) {
      const committed = unzipText(fixtureBytes(name))
      const fresh = unzipText(bytes)
      // The records, not the renderings (report.html and the rest follow their writers; regenerate to refresh them).
      const records = Object.keys(fresh).filter((p) => p === 'claims.json' || p.startsWith('sources/')).sort()
      expect(Object.keys(committed).filter((p) => p === 'claims.json' || p.startsWith('sources/')).sort(), name).toEqual(records)
      for (const path of records) expect(committed[path], `${name}: ${path}`).toBe(fresh[path])
    }
  })
})
