/**
 * A series' attached official reference (Series.referenceId, issue 14) travels in a bundle: before,
 * the series schema stripped the field it did not know, so an opened bundle lost the attachment.
 */
import { describe, expect, it } from 'vitest'
import { buildBundle, readBundle } from '../../../shared/bundle'
import { fixtureOptions, loadContent } from './fixture'

describe('Series.referenceId in a bundle', () => {
  it('is kept when the bundle is read back', async () => {
    const content = loadContent()
    const referenceId = 'r0000000-0000-4000-8000-000000000001'
    content.series = content.series.map((s, i) => (i === 0 ? { ...s, referenceId } : s))
    const read = await readBundle(await buildBundle(content, fixtureOptions(content)), 'with-reference.zip')
    if (!read.ok) throw new Error(read.error)
    expect(read.value.content.series.find((s) => s.id === content.series[0].id)?.referenceId).toBe(referenceId)
  })
})
