import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../shared/ingest/index'
import { expectWellFormed, fixtureBytes, host, ingestFixture, segmentWith } from './fixtures'

describe('ingest .html (linkedom + @mozilla/readability)', () => {
  it('reads metadata from JSON-LD NewsArticle and meta tags', async () => {
    const d = await ingestFixture('fr-2024-02-15-chomage-insee.html')
    expectWellFormed(d)
    expect(d.title).toBe('Chômage : le taux remonte à 7,5 % fin 2023')
    expect(d.authors).toEqual(['Claire Dubois', 'Malik Benali'])
    expect(d.outlet).toBe('Le Quotidien du Centre')
    expect(d.publishedAt).toBe('2024-02-15')
    expect(d.lang).toBe('fr')
    expect(d.url).toBe('https://quotidien-du-centre.example/economie/2024/02/15/chomage-insee')
    expect(d.mime).toBe('text/html')
    expect(d.kind).toBe('article')
  })

  it('keeps the article body as paragraphs separated by blank lines, without navigation, asides, footer or scripts', async () => {
    const d = await ingestFixture('fr-2024-02-15-chomage-insee.html')
    expect(d.text).toContain("a atteint 7,5 % de la population active au quatrième trimestre 2023, selon les chiffres publiés jeudi par l'Insee.")
    expect(d.text).toContain('Le nombre de chômeurs augmente ainsi de 45 000 sur un trimestre')
    expect(segmentWith(d, 'Un objectif de plein emploi plus lointain').heading).toBe(2)
    for (const junk of ['Accueil', 'Sport', 'À lire aussi', 'Tous droits réservés', 'trackPageView', 'display: block', '@context', 'Publicité', 'abonnez-vous']) {
      expect(d.text).not.toContain(junk)
    }
    expect(d.text).not.toMatch(/\n{3}/)
    expect(d.text.split('\n\n').length).toBe(d.segments.length)
  })

  it('uses the fetched URL and the Content-Type charset for pages fetched from the web', async () => {
    const result = await ingestFile(
      {
        name: 'https://quotidien-du-centre.example/economie/chomage',
        url: 'https://quotidien-du-centre.example/economie/chomage',
        mime: 'text/html; charset=utf-8',
        bytes: fixtureBytes('fr-2024-02-15-chomage-insee.html')
      },
      host
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.url).toBe('https://quotidien-du-centre.example/economie/chomage')
    expect(result.value.fileName).toBeUndefined()
    expect(result.value.text).toContain('7,5 %')
  })

  it('never runs scripts or inline handlers, and keeps their code out of the text', async () => {
    const g = globalThis as { __claimledgerPwned?: unknown }
    delete g.__claimledgerPwned
    const d = await ingestFixture('hostile-scripts.html')
    expect(g.__claimledgerPwned).toBeUndefined()
    expect(d.title).toBe('City budget vote postponed')
    expect(d.publishedAt).toBe('2024-06-20')
    expect(d.text).toContain('postponed on Thursday its vote on the 2025 budget of 1.8 billion dollars')
    expect(d.text).toContain('cut library hours by 20%')
    for (const code of ['__claimledgerPwned', 'fetch(', 'evil.example', 'javascript:', 'Enable JavaScript', 'PWNED', 'alert']) {
      expect(d.text).not.toContain(code)
    }
  })
})
