import { describe, expect, it } from 'vitest'
import { contentHashOf, ingestPastedText } from '../../../shared/ingest/index'
import { MAX_PASTED_CHARS } from '../../../shared/ingest/pastedText'
import { expectWellFormed, ingestFixture } from './fixtures'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SOURCES } from './fixtures'

const article = readFileSync(join(SOURCES, 'fr-2024-03-12-logements-lyon.txt'), 'utf8')

describe('ingestPastedText', () => {
  it('keeps what the user typed and splits the text into paragraphs', async () => {
    const result = await ingestPastedText({
      text: article,
      title: 'Plan logement de la métropole',
      date: '12/03/2024',
      outlet: 'Lyon Soir',
      speaker: 'Sophie Arnaud',
      url: 'https://lyon-soir.example/logement'
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const d = result.value
    expectWellFormed(d)
    expect(d).toMatchObject({
      title: 'Plan logement de la métropole',
      publishedAt: '2024-03-12',
      outlet: 'Lyon Soir',
      speakers: ['Sophie Arnaud'],
      kind: 'interview',
      lang: 'fr',
      url: 'https://lyon-soir.example/logement',
      mime: 'text/plain'
    })
    expect(d.fileName).toBeUndefined()
    expect(d.segments).toHaveLength(4)
  })

  it('detects duplicates: the same article pasted or imported from a file has the same content hash', async () => {
    const pasted = await ingestPastedText({ text: article.replace(/\n/g, '\r\n') })
    const file = await ingestFixture('fr-2024-03-12-logements-lyon.txt')
    expect(pasted.ok && pasted.value.contentHash).toBe(file.contentHash)
    expect(pasted.ok && pasted.value.title).toBe("Logements sociaux : Lyon promet 1 200 logements d'ici 2026")
    expect(file.contentHash).toBe(await contentHashOf(file.text))
  })

  it('refuses an empty text and a date it cannot read', async () => {
    expect(await ingestPastedText({ text: '  \n ' })).toEqual({ ok: false, error: 'Pasted text: the text is empty' })
    expect(await ingestPastedText({ text: 'Un texte.', date: 'hier' })).toEqual({
      ok: false,
      error: 'Pasted text: "hier" is not a date (write it as 2024-03-12)'
    })
  })

  it('refuses a URL that is not a web address', async () => {
    expect(await ingestPastedText({ text: 'Un texte.', url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      error: 'Pasted text: "javascript:alert(1)" is not a web address (http:// or https://)'
    })
  })

  it('refuses a text over the size limit', async () => {
    const result = await ingestPastedText({ text: 'a'.repeat(MAX_PASTED_CHARS + 1) })
    expect(result).toEqual({ ok: false, error: `Pasted text: the text is ${MAX_PASTED_CHARS + 1} characters, over the ${MAX_PASTED_CHARS} limit` })
  })

  it('accepts a kind and a language given by the user over detection', async () => {
    const result = await ingestPastedText({ text: 'The minister said 45% of voters agreed.', kind: 'report', lang: 'fr' })
    expect(result.ok && [result.value.kind, result.value.lang]).toEqual(['report', 'fr'])
  })
})
