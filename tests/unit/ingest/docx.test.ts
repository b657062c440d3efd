import { describe, expect, it } from 'vitest'
import { expectWellFormed, ingestFixture, refusalOf, segmentWith } from './fixtures'

describe('ingest .docx (guarded unzip + mammoth)', () => {
  it('reads core properties: title, creator, created, language', async () => {
    const d = await ingestFixture('fr-entretien-maire.docx')
    expectWellFormed(d)
    expect(d.title).toBe('Entretien avec Isabelle Garnier, maire de Rennes-sur-Vilaine')
    expect(d.authors).toEqual(['Julien Morel'])
    expect(d.publishedAt).toBe('2024-01-18')
    expect(d.lang).toBe('fr')
    expect(d.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  })

  it('keeps paragraphs and headings (with level) and finds the speakers of the interview', async () => {
    const d = await ingestFixture('fr-entretien-maire.docx')
    expect(segmentWith(d, 'Entretien avec la maire').heading).toBe(1)
    expect(segmentWith(d, 'Les transports').heading).toBe(2)
    expect(d.kind).toBe('interview')
    expect(d.speakers).toEqual(['Julien Morel', 'Isabelle Garnier'])
    expect(segmentWith(d, 'Nous en avons ouvert 320 depuis 2021').speaker).toBe('Isabelle Garnier')
    expect(segmentWith(d, 'Vous aviez promis 500 places').speaker).toBe('Julien Morel')
    expect(segmentWith(d, 'Propos recueillis').speaker).toBeUndefined()
    expect(d.text).toContain('La taxe foncière a augmenté de 3,5 %, moins que l\'inflation')
    expect(d.text).toContain('1 200 000 voyageurs par mois')
    expect(d.text.split('\n\n')).toHaveLength(d.segments.length)
  })

  it('refuses a .docx that is not a zip', async () => {
    expect(await refusalOf('bad-not-a-zip.docx')).toMatch(/^bad-not-a-zip\.docx: not a zip archive/)
  })

  it('refuses a zip bomb by its declared size, before inflating it', async () => {
    // This message comes only from the central-directory check, which runs before any inflating.
    expect(await refusalOf('bad-zip-bomb.docx')).toMatch(/^bad-zip-bomb\.docx: the archive would expand to 120\.0 MB \(limit 100\.0 MB\): refused as a possible zip bomb/)
  })

  it('refuses a zip bomb that lies about its size, while inflating it', async () => {
    expect(await refusalOf('bad-zip-bomb-lying.docx')).toMatch(/^bad-zip-bomb-lying\.docx: entry word\/media\/filler\.bin expands beyond its declared size/)
  })
})
