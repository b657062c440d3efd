import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildBundle } from '../../../shared/bundle'
import { fixtureBytes, fixtureOptions, loadContent, unzipText } from './fixture'

async function report(edit?: (content: ReturnType<typeof loadContent>) => void, locale: 'en' | 'fr' = 'fr'): Promise<string> {
  const content = loadContent()
  edit?.(content)
  return unzipText(await buildBundle(content, { ...fixtureOptions(content), locale }))['report.html']
}

describe('report.html', () => {
  it('has no external references: no script, no remote stylesheet, image or frame; links only to cited sources', async () => {
    const html = await report()
    const { document } = parseHTML(html)
    expect(document.querySelectorAll('script, iframe, object, embed, link, base, form').length).toBe(0)
    const sources = new Set(loadContent().sources.map((s) => s.url))
    for (const element of document.querySelectorAll('[src], [href], [srcset], [poster], [data], [action]')) {
      const src = element.getAttribute('src')
      if (src !== null) expect(src).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)
      const href = element.getAttribute('href')
      if (href !== null) {
        expect(element.tagName).toBe('A')
        expect(sources.has(href)).toBe(true)
      }
      for (const attr of ['srcset', 'poster', 'data', 'action']) expect(element.getAttribute(attr)).toBeNull()
    }
    // No remote resource in CSS either (url(), @import), and no inline event handlers.
    for (const style of document.querySelectorAll('style')) expect(style.textContent).not.toMatch(/url\(|@import/i)
    expect(html).not.toMatch(/\son\w+\s*=/i)
    // A CSP that forbids everything but inline CSS and data: images, should anything slip through.
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')
    expect(csp).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'")
  })

  it('is printable and shows each claim with quote, speaker, citation, verdict and note, and the chart inline', async () => {
    const html = await report()
    const { document } = parseHTML(html)
    expect(html).toContain('@media print')
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('fr')
    expect(document.querySelector('h1')?.textContent).toBe('Rapport de vérification')
    // 2 claims in the series section, 6 under their sources.
    expect(document.querySelectorAll('.series article.claim').length).toBe(2)
    expect(document.querySelectorAll('.source article.claim').length).toBe(6)
    const first = document.querySelector('.source article.claim') as Element
    expect(first.querySelector('mark')?.textContent).toBe('610 consommateurs')
    expect(first.textContent).toContain('Jean Martin')
    expect(first.querySelector('.badge')?.textContent).toBe('Trompeur')
    expect(first.textContent).toContain('Le chiffre de 200 date de 2019')
    expect(document.querySelector('.source .citation')?.textContent).toMatch(/^Dupont, M\. \(2023, octobre 5\)\./)
    const img = document.querySelector('.series figure img') as Element
    const png = fixtureBytes('chart.png')
    expect(img.getAttribute('src')).toBe(`data:image/png;base64,${Buffer.from(png).toString('base64')}`)
    expect(img.getAttribute('alt')).toBe("Places d'hébergement de nuit, consommateurs de crack, Paris")
  })

  it('escapes every record text: no markup injection from quotes, notes, names or titles', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'
    const html = await report((content) => {
      const claim = content.claims[0]
      claim.note = payload
      claim.speaker = payload
      claim.tags = [payload]
      claim.sentence = `${payload} ${claim.quote}`
      content.sources[0].title = payload
      content.sources[0].url = 'javascript:alert(3)'
      content.series[0].name = payload
    }, 'en')
    const { document } = parseHTML(html)
    expect(document.querySelectorAll('script').length).toBe(0)
    expect(document.querySelectorAll('img').length).toBe(1) // the chart only
    expect(document.querySelectorAll('a[href^="javascript"]').length).toBe(0)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;')
    expect(document.querySelector('.source article.claim dd:last-of-type')?.textContent).toBe(payload)
    expect(document.querySelector('h1')?.textContent).toBe('Fact-check report')
  })
})
