import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { diskAccess, readAtMost } from '../../../electron/main/diskAccess'
import { readPickedFiles, writeChosenFile, type FileAccess } from '../../../electron/main/files'
import { mimeForName } from '../../../electron/main/fileLimits'
import { LIMITS } from '../../../shared/ipc'

// Sizes are what stat says; `actual` overrides what reading finds (a file that grew, or a /proc file stat calls 0 bytes).
function fakeDisk(files: Record<string, number | Error>, actual: Record<string, number> = {}): FileAccess & { written: Map<string, Uint8Array>; read: number[] } {
  const written = new Map<string, Uint8Array>()
  const read: number[] = []
  return {
    written,
    read,
    stat: async (path) => {
      const f = files[path]
      if (f === undefined) throw new Error('ENOENT: no such file')
      if (f instanceof Error) throw f
      return { size: f, isFile: !path.endsWith('/') }
    },
    readFile: async (path, maxBytes) => {
      const size = actual[path] ?? (files[path] as number)
      const n = Math.min(size, maxBytes + 1)
      read.push(n)
      return n > maxBytes ? null : new Uint8Array(n)
    },
    writeFile: async (path, bytes) => {
      if (path.startsWith('/readonly')) throw new Error('EACCES: permission denied')
      written.set(path, bytes)
    }
  }
}

describe('opening picked files', () => {
  it('reads good files and refuses each bad one with its own message', async () => {
    const disk = fakeDisk({ '/home/u/a.txt': 10, '/home/u/big.pdf': 60 * 1024 * 1024, '/home/u/gone.docx': new Error('EIO: i/o error'), '/home/u/dir/': 0 })
    const result = await readPickedFiles(['/home/u/a.txt', '/home/u/big.pdf', '/home/u/gone.docx', '/home/u/dir/'], disk)
    expect(result.files.map((f) => [f.name, f.type, f.size])).toEqual([['a.txt', 'text/plain', 10]])
    expect(result.rejected).toHaveLength(3)
    expect(result.rejected[0].error).toBe('big.pdf: the file is 60.0 MB, over the 50.0 MB limit. Split it or import a smaller excerpt.')
    expect(result.rejected[1].error).toContain('gone.docx: could not be read (EIO')
  })
  it('caps the bytes read for the whole pick, each file over it refused with its own message', async () => {
    const mb = 1024 * 1024
    const disk = fakeDisk({ '/a.txt': 40 * mb, '/b.txt': 40 * mb, '/c.txt': 40 * mb, '/d.txt': 5 * mb })
    const result = await readPickedFiles(['/a.txt', '/b.txt', '/c.txt', '/d.txt'], disk, { perFile: 50 * mb, total: 90 * mb })
    expect(result.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'd.txt'])
    expect(result.rejected).toEqual([{ name: 'c.txt', error: 'c.txt: not opened, the files picked together pass the 90.0 MB limit of one import. Import it on its own or with fewer files.' }])
    expect(disk.read.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(90 * mb)
  })
  it('stops reading a file that holds more than stat said', async () => {
    const mb = 1024 * 1024
    const disk = fakeDisk({ '/proc/x': 0, '/ok.txt': mb, '/grew.txt': 1000 }, { '/proc/x': 1e9, '/grew.txt': 2 * mb })
    const result = await readPickedFiles(['/proc/x', '/ok.txt', '/grew.txt'], disk, { perFile: mb, total: 1.5 * mb })
    expect(result.files.map((f) => f.name)).toEqual(['ok.txt'])
    expect(result.rejected.map((r) => r.error)).toEqual([
      'x: the file is over the 1.0 MB limit (it grew while it was read). Split it or import a smaller excerpt.',
      'grew.txt: not opened, the files picked together pass the 1.5 MB limit of one import. Import it on its own or with fewer files.'
    ])
    expect(disk.read).toEqual([mb + 1, mb, 0.5 * mb + 1])
  })
  it('has a total cap in the product that 500 files at the per-file cap would pass', () => {
    expect(LIMITS.maxOpenTotalBytes).toBeLessThan(LIMITS.maxFilesPerOpen * LIMITS.maxFileBytes)
    expect(LIMITS.maxOpenTotalBytes).toBeGreaterThanOrEqual(LIMITS.maxFileBytes)
  })
  it('returns only names to the renderer, never full paths', async () => {
    const result = await readPickedFiles(['C:\\Users\\x\\Documents\\note.md'], fakeDisk({ 'C:\\Users\\x\\Documents\\note.md': 3 }))
    expect(result.files[0].name).toBe('note.md')
  })
  it('guesses MIME types of supported formats', () => {
    expect(mimeForName('X.HTML')).toBe('text/html')
    expect(mimeForName('a.vtt')).toBe('text/vtt')
    expect(mimeForName('noext')).toBe('')
  })
})

describe('reading the real disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-files-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  it('reads a file up to the limit and gives up one byte past it', async () => {
    const path = join(dir, 'a.txt')
    writeFileSync(path, 'x'.repeat(3000))
    expect((await readAtMost(path, 3000))?.byteLength).toBe(3000)
    expect(await readAtMost(path, 2999)).toBeNull()
    const picked = await readPickedFiles([path, join(dir, 'missing.txt')], diskAccess, { perFile: 5000, total: 5000 })
    expect(picked.files.map((f) => [f.name, f.size])).toEqual([['a.txt', 3000]])
    expect(picked.rejected[0].error).toMatch(/^missing\.txt: could not be read \(ENOENT/)
  })
})

describe('saving a file', () => {
  it('writes where the user chose', async () => {
    const disk = fakeDisk({})
    expect(await writeChosenFile('/home/u/b.zip', new Uint8Array([1]), disk)).toEqual({ ok: true, value: { canceled: false, path: '/home/u/b.zip' } })
    expect(disk.written.get('/home/u/b.zip')).toEqual(new Uint8Array([1]))
  })
  it('names the file when writing fails', async () => {
    const result = await writeChosenFile('/readonly/b.zip', new Uint8Array([1]), fakeDisk({}))
    expect(result).toEqual({ ok: false, error: 'b.zip: could not be saved (EACCES: permission denied).' })
  })
})
