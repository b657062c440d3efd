import { describe, expect, it } from 'vitest'
import { dateFromContent } from '../../../shared/ingest/dates'
import { expectWellFormed, ingestFixture } from './fixtures'

describe('file times are not publication dates (issue 12, item 3)', () => {
  it('a PDF of a 2020 report saved in 2024 is dated by its cover ("Publié le 15 juin 2020"), the file time kept apart', async () => {
    const d = await ingestFixture('fr-rapport-2020.pdf')
    expectWellFormed(d)
    expect(d.publishedAt).toBe('2020-06-15')
    expect(d.fileDate).toBe('2024-05-03')
  })

  it('a DOCX whose text states no date has no publication date, only an uncertain file date', async () => {
    const d = await ingestFixture('fr-rapport-2020.docx')
    expect(d.publishedAt).toBeUndefined()
    expect(d.fileDate).toBe('2024-05-03')
  })

  it.each([
    ['Rapport\nPublié le 15 juin 2020.', '2020-06-15'],
    ['Paru en mars 2021', '2021-03'],
    ['Date de publication : 12/03/2019', '2019-03-12'],
    ['Annual report. Published 12 March 2020.', '2020-03-12'],
    ['First published on March 12, 2020', '2020-03-12'],
    ['Propos recueillis le 17 janvier 2024.', undefined],
    ['Rapport annuel 2020', undefined]
  ])('reads a stated publication date in %j', (text, date) => {
    expect(dateFromContent(text)).toBe(date)
  })
})
