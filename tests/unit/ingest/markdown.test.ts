import { describe, expect, it } from 'vitest'
import { expectWellFormed, ingestFixture, segmentWith } from './fixtures'

describe('ingest .md', () => {
  it('takes title, date, author, outlet and language from the front matter and keeps it out of the text', async () => {
    const d = await ingestFixture('en-hospital-waiting-times.md')
    expectWellFormed(d)
    expect(d.title).toBe('Hospital waiting lists fall for the first time in four years')
    expect(d.publishedAt).toBe('2024-05-02')
    expect(d.authors).toEqual(['Sarah Whitfield'])
    expect(d.outlet).toBe('The Northern Ledger')
    expect(d.lang).toBe('en')
    expect(d.mime).toBe('text/markdown')
    expect(d.text).not.toContain('---')
    expect(d.text).not.toContain('title:')
  })

  it('strips Markdown: headings as paragraphs with their level, no emphasis or link marks, list items as paragraphs', async () => {
    const d = await ingestFixture('en-hospital-waiting-times.md')
    expect(segmentWith(d, 'What the minister said')).toMatchObject({ heading: 2 })
    expect(segmentWith(d, 'Hospital waiting lists fall')).toMatchObject({ heading: 1 })
    expect(d.text).toContain('fell to 7.54 million in March')
    expect(d.text).toContain('Speaking on BBC Breakfast, the health secretary said that "more than 45% of trusts"')
    expect(d.text).toContain('See the official statistics for the full series.')
    expect(d.text).toContain('A&E performance improved to 74.2%')
    expect(d.text).toContain('"We have cut the backlog by 60,000 in a single month," she said.')
    expect(d.text).not.toMatch(/\*\*|\]\(|^#|^- |^> /m)
    expect(segmentWith(d, 'Around 300,000 patients').heading).toBeUndefined()
  })
})
