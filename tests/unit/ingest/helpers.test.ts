import { describe, expect, it } from 'vitest'
import { contentHashOf, normaliseForHash } from '../../../shared/ingest/contentHash'
import { sha256Hex } from '../../../shared/runtime'
import { dateFromFileName, normaliseDate } from '../../../shared/ingest/dates'
import { assertNotBinary, charsetOf, decodeText } from '../../../shared/ingest/decodeText'
import { detectLang, langFromTag } from '../../../shared/ingest/lang'
import { speakerPrefix, recurringLabels } from '../../../shared/ingest/speakerPrefix'
import { readFrontMatter } from '../../../shared/ingest/frontMatter'
import { applySourceMetadata } from '../../../shared/ingest/sourceMetadata'
import { ingestFixture } from './fixtures'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

describe('normaliseDate', () => {
  it.each([
    ['2024-03-12T23:30:00-05:00', '2024-03-12'],
    ['2024-03-12', '2024-03-12'],
    ['2024/03/12', '2024-03-12'],
    ['2024-03', '2024-03'],
    ['2024', '2024'],
    ['D:20231120090000Z', '2023-11-20'],
    ["D:20231120090000+01'00'", '2023-11-20'],
    ['20240312', '2024-03-12'],
    ['12/03/2024', '2024-03-12'],
    ['03/25/2024', '2024-03-25'],
    ['12 mars 2024', '2024-03-12'],
    ['1er août 2023', '2023-08-01'],
    ['jeudi 5 octobre 2023', '2023-10-05'],
    ['March 12, 2024', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['mars 2024', '2024-03'],
    ['Tue, 12 Mar 2024 10:00:00 GMT', '2024-03-12']
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected)
  })

  it.each(['', 'hier', '2024-13-01', '2023-02-30', '31/31/2024', '0000-01-01'])('refuses %j', (input) => {
    expect(normaliseDate(input)).toBeUndefined()
  })

  it('reads dates written in file names and URLs', () => {
    expect(dateFromFileName('fr-2023-10-05-nunez-crack-paris.txt')).toBe('2023-10-05')
    expect(dateFromFileName('https://x.example/eco/2024/02/15/chomage')).toBe('2024-02-15')
    expect(dateFromFileName('20240312_debate.vtt')).toBe('2024-03-12')
    expect(dateFromFileName('report-2024-13-45.pdf')).toBeUndefined()
    expect(dateFromFileName('notes.txt')).toBeUndefined()
  })
})

describe('decodeText', () => {
  it('strips a UTF-8 BOM and keeps UTF-8', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Été : 45 %')])
    expect(decodeText(bytes)).toEqual({ text: 'Été : 45 %', encoding: 'utf-8' })
  })

  it('reads UTF-16 BE with a BOM and BOM-less UTF-16 LE', () => {
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x41, 0, 0xe9])
    expect(decodeText(be).text).toBe('Aé')
    const le = new Uint8Array(Buffer.from('Rapport annuel : 1 200 logements', 'utf16le'))
    expect(decodeText(le)).toEqual({ text: 'Rapport annuel : 1 200 logements', encoding: 'utf-16le' })
  })

  it('falls back to Windows-1252 with its typographic characters (€ ’ œ …)', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x92, 0x20, 0x9c, 0x20, 0x85, 0x20, 0xe9])
    expect(decodeText(bytes)).toEqual({ text: '€ ’ œ … é', encoding: 'windows-1252' })
  })

  it('honours a declared Latin-1 charset as Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0x9c, 0x75, 0x76, 0x72, 0x65]), 'iso-8859-1').text).toBe('œuvre')
    expect(charsetOf('text/html; charset="ISO-8859-1"')).toBe('iso-8859-1')
    expect(charsetOf('text/html')).toBeUndefined()
  })

  it('refuses binary data', () => {
    expect(() => assertNotBinary('abc\u0000def')).toThrow(/NUL bytes/)
    expect(() => assertNotBinary('a\u0001b\u0002c\u0003d')).toThrow(/control characters/)
    expect(() => assertNotBinary('Ligne 1\n\tLigne 2\f')).not.toThrow()
  })
})

describe('contentHashOf', () => {
  it('ignores case, whitespace, typographic quotes and dashes, and Unicode composition', async () => {
    const a = await contentHashOf('L’été « chaud » — 1\u202F200 élèves')
    const b = await contentHashOf("l'e\u0301te\u0301   \"chaud\"\n- 1 200 ÉLÈVES ")
    expect(a).toBe(b)
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(await contentHashOf('1 200 élèves')).not.toBe(await contentHashOf('1 300 élèves'))
    expect(normaliseForHash('  A\u00A0B\t\nC  ')).toBe('abc')
  })

  it('hashes exactly the UTF-8 of normaliseForHash (one-pass encoder), astral characters and lone surrogates included', async () => {
    for (const text of ['L’été « 45 % » — 1\u202F200', 'Emoji 📈 +12 %\u00AD\u200B', 'lone \ud800 surrogate', 'ÀÉÎÕÜ Ǆ ﬁ', '']) {
      expect(await contentHashOf(text)).toBe(await sha256Hex(normaliseForHash(text)))
    }
  })
})

describe('language', () => {
  it('tells French from English by function words, and reads language tags', () => {
    expect(detectLang('Le préfet de police a déclaré que les consommateurs sont accueillis dans des dispositifs.')).toBe('fr')
    expect(detectLang('The minister said that the number of homes built in the region was higher than expected.')).toBe('en')
    expect(langFromTag('fr_FR')).toBe('fr')
    expect(langFromTag('en-GB')).toBe('en')
    expect(langFromTag('de')).toBeUndefined()
  })
})

describe('speaker labels', () => {
  it.each([
    ['JOURNALISTE : Combien de places ?', 'JOURNALISTE'],
    ['Laurent Nunez : On interpelle beaucoup.', 'Laurent Nunez'],
    ['Marine Le Pen: We will cut taxes.', 'Marine Le Pen'],
    ['[Anne Martin] Nous avons 45 % de réussite.', 'Anne Martin'],
    ['- DANA PRICE: Fares rose.', 'DANA PRICE'],
    ['M. DUPONT : Oui.', 'M. DUPONT']
  ])('%s → %s', (line, speaker) => {
    expect(speakerPrefix(line)?.speaker).toBe(speaker)
  })

  it.each(['Résultat : 45 % des votes.', 'Note: figures are provisional.', 'À 10:30 : début.', 'Selon lui, 45 %: un record'])('no speaker in %j', (line) => {
    expect(speakerPrefix(line)).toBeUndefined()
  })

  it('accepts a single-word label when it recurs', () => {
    const lines = ['Journaliste : Bonjour.', 'Invité : Bonjour.', 'Journaliste : Combien ?', 'Invité : 45 %.']
    const recurring = recurringLabels(lines)
    expect(speakerPrefix(lines[0], recurring)?.speaker).toBe('Journaliste')
    expect(speakerPrefix('Résultat : 45 %.', recurring)).toBeUndefined()
  })
})

describe('front matter', () => {
  it('reads flat keys and lists, and returns the body without it', () => {
    const { body, meta } = readFrontMatter('---\ntitle: "Un titre"\ndate: 12 mars 2024\nauthors: [Anne Martin, Paul Roy]\nkind: interview\nlang: fr-FR\n---\nLe texte.\n')
    expect(body).toBe('Le texte.\n')
    expect(meta).toEqual({ title: 'Un titre', publishedAt: '2024-03-12', authors: ['Anne Martin', 'Paul Roy'], kind: 'interview', lang: 'fr' })
    expect(readFrontMatter('--- pas une front matter').body).toBe('--- pas une front matter')
  })
})

describe('applySourceMetadata (the corpus sidecar .json)', () => {
  it('applies the sample interview metadata over what the importer guessed', async () => {
    const samples = join(__dirname, '../../../resources/samples')
    const draft = await ingestFixture('../../../resources/samples/fr-2023-10-05-nunez-crack-paris.txt')
    const metadata: unknown = JSON.parse(readFileSync(join(samples, 'fr-2023-10-05-nunez-crack-paris.json'), 'utf8'))
    const result = applySourceMetadata(draft, metadata, 'fr-2023-10-05-nunez-crack-paris.json')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({
      title: "Laurent Nunez sur le crack à Paris : « Ce n'est pas un échec »",
      outlet: 'France Bleu Paris',
      publishedAt: '2023-10-05',
      kind: 'interview',
      lang: 'fr',
      speakers: ['Laurent Nunez']
    })
    expect(result.value.text).toBe(draft.text)
    expect(result.value.contentHash).toBe(draft.contentHash)
  })

  it('refuses invalid metadata with the file name and the field', async () => {
    const draft = await ingestFixture('fr-2024-03-12-logements-lyon.txt')
    expect(applySourceMetadata(draft, { kind: 'podcast' }, 'x.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^x\.json: invalid metadata \(kind: /) })
    expect(applySourceMetadata(draft, { publishedAt: 'soon' }, 'x.json')).toEqual({ ok: false, error: 'x.json: invalid metadata (publishedAt: "soon" is not a date)' })
    expect(applySourceMetadata(draft, 'nope', 'x.json').ok).toBe(false)
  })
})
