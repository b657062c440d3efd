import { describe, expect, it } from 'vitest'
import { ingestFile, MAX_ARTICLE_DEPTH } from '../../../shared/ingest/index'
import { htmlShape } from '../../../shared/ingest/htmlShape'
import { deepNestedHtml } from '../../fixtures/sources/make-hostile'
import { expectWellFormed, fixtureBytes, host, ingestFixture } from './fixtures'

const ARTICLE = 'The regional council said on Monday that 1,200 social homes were completed in 2023, a rise of 12% on the year before.'

/** Depth of the tree linkedom really builds (what htmlShape must agree with). */
function builtDepth(html: string): number {
  const doc = host.parseHtml(html) as { documentElement: Node }
  type Node = { childNodes: ArrayLike<Node>; nodeType: number }
  let deepest = 0
  const stack: [Node, number][] = [[doc.documentElement, 1]]
  while (stack.length) {
    const [node, depth] = stack.pop() as [Node, number]
    deepest = Math.max(deepest, depth)
    for (let i = 0; i < node.childNodes.length; i++) if (node.childNodes[i].nodeType === 1) stack.push([node.childNodes[i], depth + 1])
  }
  return deepest
}

describe('HTML nested too deep for article detection (issue 11, item 7)', () => {
  it('imports the 22 KB page 2 000 <div>s deep as plain text, with a notice saying why', async () => {
    const result = await ingestFile({ name: 'hostile-deep-nesting.html', bytes: fixtureBytes('hostile-deep-nesting.html') }, host)
    if (!result.ok) throw new Error(result.error)
    expectWellFormed(result.value)
    expect(result.value.text).toBe(ARTICLE)
    expect(result.value.title).toBe('Deeply nested page')
    expect(result.value.publishedAt).toBe('2024-05-06')
    expect(result.notices).toEqual([{ code: 'html-too-deep', depth: 2003, limit: MAX_ARTICLE_DEPTH }])
  })

  it('imports the 2.2 MB page 200 000 <div>s deep (it froze the window for two minutes)', async () => {
    const html = deepNestedHtml(200_000)
    expect(html.length).toBeGreaterThan(2_200_000)
    const result = await ingestFile({ name: 'deep.html', bytes: new TextEncoder().encode(html) }, host)
    if (!result.ok) throw new Error(result.error)
    expect(result.value.text).toBe(ARTICLE)
    expect(result.notices[0]).toMatchObject({ code: 'html-too-deep', depth: 200_003 })
  })

  it('keeps paragraphs apart below the cap, and drops what deep scripts and styles hold', async () => {
    const deep = '<div>'.repeat(300)
    const html = `<html><body>${deep}<h2>Budget</h2><p>First, 3 schools.</p><script>var x = 1</script><style>p{}</style><div><p>Then 4 parks.<br>And 5 roads.</p></div>${'</div>'.repeat(300)}</body></html>`
    const result = await ingestFile({ name: 'deep.html', bytes: new TextEncoder().encode(html) }, host)
    if (!result.ok) throw new Error(result.error)
    expect(result.value.text).toBe('Budget\n\nFirst, 3 schools.\n\nThen 4 parks.\nAnd 5 roads.')
  })

  it('measures the depth linkedom builds, implied closes included', () => {
    const pages = [
      fixtureBytes('fr-2024-02-15-chomage-insee.html'),
      fixtureBytes('hostile-scripts.html'),
      fixtureBytes('hostile-cookie-banners.html')
    ].map((b) => new TextDecoder().decode(b))
    pages.push('<ul><li>a<li>b<ul><li>c</ul></ul><p>x<div>y</div><table><tr><td>1<td>2<tr><td>3</table><p>unclosed <b>bold <i>both</p>', deepNestedHtml(150))
    for (const html of pages) expect(htmlShape(html).depth).toBe(builtDepth(html))
  })

  it('reads a page as plain text, boilerplate removed, when the host had to stop article detection', async () => {
    const result = await ingestFile({ name: 'hostile-cookie-banners.html', bytes: fixtureBytes('hostile-cookie-banners.html') }, host, { articleDetectionTimedOut: 10 })
    if (!result.ok) throw new Error(result.error)
    expect(result.notices).toEqual([{ code: 'html-article-timeout', seconds: 10 }])
    expect(result.value.text).toContain('single bus fares will stay at £2 in 2025')
    expect(result.value.text).toContain('60 rural routes had been cut since 2019')
    for (const junk of ['cookies', 'Home', 'Sport', 'All rights reserved', 'Accept', 'partners']) expect(result.value.text).not.toContain(junk)
  })
})

describe('HTML boilerplate outside the article (issue 11, item 15)', () => {
  it('drops cookie and consent banners, however they are marked, and keeps the article', async () => {
    const d = await ingestFixture('hostile-cookie-banners.html')
    expectWellFormed(d)
    expect(d.text).toContain('single bus fares will stay at £2 in 2025')
    expect(d.text).toContain('Ridership has risen by 9%')
    expect(d.text).toContain('60 rural routes had been cut since 2019')
    for (const junk of ['We use 14 cookies', 'cookies', '48 partners', '212', 'Nous utilisons 7 cookies', 'Tout accepter', 'Allow all', 'Refuse']) {
      expect(d.text).not.toContain(junk)
    }
  })

  it('keeps an article about cookie law that has a button in it', async () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Regulators fined ${i + 2} companies that refused to let users reject cookies, and asked them to accept new rules on consent banners within 90 days.</p>`)
    const html = `<html><body><article><h1>Cookie fines</h1>${paragraphs.join('')}<button>Share</button></article></body></html>`
    const result = await ingestFile({ name: 'cookie-law.html', bytes: new TextEncoder().encode(html) }, host)
    if (!result.ok) throw new Error(result.error)
    expect(result.value.text).toContain('Regulators fined 2 companies that refused to let users reject cookies')
    expect(result.value.text).toContain('Regulators fined 9 companies')
  })
})
