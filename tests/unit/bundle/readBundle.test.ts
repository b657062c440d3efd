import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, buildBundle, readBundle } from '../../../shared/bundle'
import { contentCounts } from '../../db/recordCounts'
import { fixtureBytes, fixtureOptions, importCountedInto, loadContent, rezip, storedRecords } from './fixture'


describe('readBundle accepts', () => {
  it('the committed valid.zip, with every record and count', async () => {
    const result = await readBundle(fixtureBytes('valid.zip'), 'valid.zip')
    if (!result.ok) throw new Error(result.error)
    expect(result.value.manifest.counts).toEqual({ sources: 2, claims: 6, series: 1, history: 4, charts: 1 })
    const content = loadContent()
    expect(contentCounts(result.value.content)).toEqual(contentCounts(content))
    expect(result.value.content.sources.map((s) => s.id).sort()).toEqual(content.sources.map((s) => s.id).sort())
    expect(result.value.content.sources.find((s) => s.id === content.sources[0].id)).toEqual(content.sources[0])
    expect(new Set(result.value.content.claims)).toEqual(new Set(content.claims))
  })

  it('a later minor version of the same major, ignoring fields it does not know', async () => {
    const zip = rezip(fixtureBytes('valid.zip'), (files) => {
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: 1.1, signedBy: 'someone' }))
    })
    const result = await readBundle(zip, 'minor.zip')
    expect(result.ok && result.value.manifest.version).toBe(1.1)
  })

  it('a bundle that was unzipped and zipped again inside a folder, with Finder junk', async () => {
    const zip = rezip(fixtureBytes('valid.zip'), (files) => {
      for (const name of Object.keys(files)) {
        files[`Export 2024-03-01/${name}`] = files[name]
        delete files[name]
      }
      files['__MACOSX/Export 2024-03-01/._claims.json'] = strToU8('junk')
      files['Export 2024-03-01/.DS_Store'] = strToU8('junk')
    })
    const result = await readBundle(zip, 'rezipped.zip')
    expect(result.ok ? result.value.content.claims.length : result.error).toBe(6)
  })
})

describe('readBundle refuses, naming the file and the reason', () => {
  const cases: [string, RegExp][] = [
    ['not-a-zip.zip', /^not-a-zip\.zip: not a zip archive/],
    ['truncated.zip', /^truncated\.zip: damaged zip archive/],
    ['zip-bomb-overlap.zip', /^zip-bomb-overlap\.zip: entries inflate to 419430400 bytes in all \(at most 268435456\): refused as a possible zip bomb/],
    ['zip-bomb-lying.zip', /^zip-bomb-lying\.zip: entry "claims\.json" inflates past its declared 1000 bytes: refused as a zip bomb/],
    ['dotdot.zip', /^dotdot\.zip: unsafe entry "\.\.\/evil\.txt": "\.\." in path/],
    ['dotdot-nested.zip', /^dotdot-nested\.zip: unsafe entry "sources\/\.\.\/\.\.\/evil\.txt": "\.\." in path/],
    ['absolute.zip', /^absolute\.zip: unsafe entry "\/tmp\/evil\.txt": absolute path/],
    ['drive-letter.zip', /^drive-letter\.zip: unsafe entry "C:\/Windows\/evil\.txt": absolute path/],
    ['backslash.zip', /^backslash\.zip: unsafe entry "sources\\\.\.\\evil\.txt": backslash in path/],
    ['bad-hash.zip', /^bad-hash\.zip: claims\.json: SHA-256 mismatch: the file was changed or damaged/],
    ['malformed-json.zip', /^malformed-json\.zip: claims\.json: malformed JSON/],
    ['invalid-record.zip', /^invalid-record\.zip: claims\.json: invalid: claims\[0\]\.value: .*expected number/],
    ['unknown-version.zip', /^unknown-version\.zip: manifest\.json: bundle version 2 is newer than this ClaimLedger reads \(version 1\)/]
  ]
  it.each(cases)('%s', async (name, message) => {
    const result = await readBundle(fixtureBytes(name), name)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
    // Opened as an import does, it adds, changes and removes nothing.
    await expect(importCountedInto(name, fixtureBytes(name), storedRecords(), {})).rejects.toThrow(message)
  })

  it('too many entries, from the central directory alone', async () => {
    const zip = fixtureBytes('valid.zip')
    const result = await readBundle(zip, 'many.zip', { ...DEFAULT_LIMITS, maxEntries: 5 })
    expect(result).toEqual({ ok: false, error: 'many.zip: too many entries (13; at most 5): refused as a possible zip bomb' })
  })

  it('an entry larger than the per-entry cap', async () => {
    const result = await readBundle(fixtureBytes('valid.zip'), 'big.zip', { ...DEFAULT_LIMITS, maxEntryBytes: 5000 })
    expect(result.ok ? 'accepted' : result.error).toMatch(/^big\.zip: entry "annotations\.jsonld" inflates to \d+ bytes \(at most 5000\)/)
  })

  it('a file the manifest does not list, and a listed file that is missing', async () => {
    const extra = rezip(fixtureBytes('valid.zip'), (f) => (f['notes.txt'] = strToU8('hello')))
    expect(await readBundle(extra, 'extra.zip')).toEqual({ ok: false, error: 'extra.zip: notes.txt: is in the archive but not listed in manifest.json' })
    const missing = rezip(fixtureBytes('valid.zip'), (f) => delete f['claims.csv'])
    expect(await readBundle(missing, 'missing.zip')).toEqual({ ok: false, error: 'missing.zip: claims.csv: listed in manifest.json but missing from the archive' })
  })

  it('a bundle of another format, and one without manifest', async () => {
    const other = rezip(fixtureBytes('valid.zip'), (f) => (f['manifest.json'] = strToU8('{"format":"zotero-export","version":1}')))
    expect(await readBundle(other, 'other.zip')).toEqual({ ok: false, error: 'other.zip: manifest.json: format is "zotero-export", not "claimledger-bundle": not a ClaimLedger bundle' })
    const bare = zipSync({ 'hello.txt': strToU8('hi') })
    expect(await readBundle(bare, 'bare.zip')).toEqual({ ok: false, error: 'bare.zip: manifest.json: missing: not a ClaimLedger bundle' })
  })

  it('claims whose quote no longer matches their source text, or whose source is absent', async () => {
    const content = loadContent()
    const zip = await buildBundle(content, fixtureOptions(content))
    const files = unzipSync(zip)
    // Swap one source text for another of the same length, and fix the manifest so only the cross-check can catch it.
    const textPath = `sources/${content.sources[0].id}.txt`
    const changed = new TextDecoder().decode(files[textPath]).replace('610', '611')
    const edited = await rebuildManifest(files, { [textPath]: strToU8(changed) })
    const result = await readBundle(edited, 'edited.zip')
    expect(result.ok ? 'accepted' : result.error).toBe(
      `edited.zip: claims.json: claims[0] (${content.claims[0].id}): its quote is not the text of ${textPath} at 156–173`
    )
    const orphan = await rebuildManifest(files, {}, [textPath, `sources/${content.sources[0].id}.json`])
    const orphaned = await readBundle(orphan, 'orphan.zip')
    expect(orphaned.ok ? 'accepted' : orphaned.error).toMatch(/^orphan\.zip: claims\.json: claims\[0\] \(.*\) cites source 3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01, which is not in sources\//)
  })

  it('changes nothing when it refuses: the input bytes are untouched', async () => {
    const bytes = fixtureBytes('bad-hash.zip')
    const copy = bytes.slice()
    await readBundle(bytes, 'bad-hash.zip')
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true)
  })
})

/** Replaces files, drops some, and rewrites manifest.json's file list and counts to match. */
async function rebuildManifest(files: Record<string, Uint8Array>, replace: Record<string, Uint8Array>, drop: string[] = []): Promise<Uint8Array> {
  const { createHash } = await import('node:crypto')
  const next: Record<string, Uint8Array> = { ...files, ...replace }
  for (const path of drop) delete next[path]
  const manifest = JSON.parse(new TextDecoder().decode(next['manifest.json']))
  manifest.files = manifest.files
    .filter((f: { path: string }) => next[f.path])
    .map((f: { path: string }) => ({ path: f.path, bytes: next[f.path].length, sha256: createHash('sha256').update(next[f.path]).digest('hex') }))
  manifest.counts.sources = Object.keys(next).filter((p) => p.startsWith('sources/') && p.endsWith('.json')).length
  next['manifest.json'] = strToU8(JSON.stringify(manifest))
  return zipSync(next)
}
