import { describe, expect, it } from 'vitest'
import { contentHashOf } from '../../../shared/ingest/index'
import { expectWellFormed, ingestFixture } from './fixtures'

describe('ingest .txt', () => {
  it('reads a UTF-8 article: paragraphs at blank lines, title from the first line, date from the file name', async () => {
    const d = await ingestFixture('fr-2024-03-12-logements-lyon.txt')
    expectWellFormed(d)
    expect(d.title).toBe("Logements sociaux : Lyon promet 1 200 logements d'ici 2026")
    expect(d.publishedAt).toBe('2024-03-12')
    expect(d.lang).toBe('fr')
    expect(d.kind).toBe('article')
    expect(d.mime).toBe('text/plain')
    expect(d.fileName).toBe('fr-2024-03-12-logements-lyon.txt')
    expect(d.segments).toHaveLength(4)
    expect(d.text.split('\n\n')).toHaveLength(4)
    expect(d.text).toContain('45 % des ménages lyonnais')
    expect(d.text.slice(d.segments[2].start, d.segments[2].end)).toMatch(/^Selon la métropole, 45 %/)
    expect(d.contentHash).toBe(await contentHashOf(d.text))
  })

  it('decodes Windows-1252 French right (accents, œ, guillemets)', async () => {
    const d = await ingestFixture('fr-cp1252-rentree.txt')
    expect(d.text).toContain("À l'été, 1 234 élèves de moins")
    expect(d.text).toContain('« C\'est un crève-cœur »')
    expect(d.text).not.toMatch(/[\u0080-\u009F\uFFFD]/)
    expect(d.text).not.toContain('\r')
    expect(d.title).toBe('Rentrée scolaire : des effectifs en baisse')
    expect(d.lang).toBe('fr')
  })

  it('decodes UTF-16 with a byte-order mark', async () => {
    const d = await ingestFixture('en-utf16le-tourism.txt')
    expect(d.text).toContain('The island welcomed 2.4 million visitors in 2023')
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff)
    expect(d.lang).toBe('en')
  })

  it('reads the sample interview in resources/samples the same way', async () => {
    const d = await ingestFixture('../../../resources/samples/fr-2023-10-05-nunez-crack-paris.txt')
    expect(d.publishedAt).toBe('2023-10-05')
    expect(d.text).toContain("610 consommateurs sont accueillis toutes les nuits dans des dispositifs de prise en charge, c'était 200 avant.")
    expect(d.segments).toHaveLength(7)
  })
})
