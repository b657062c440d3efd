import { describe, expect, it } from 'vitest'
import { readPickedFiles, writeChosenFile, type FileAccess } from '../../../electron/main/files'
import { mimeForName } from '../../../electron/main/fileLimits'

function fakeDisk(files: Record<string, number | Error>): FileAccess & { written: Map<string, Uint8Array> } {
  const written = new Map<string, Uint8Array>()
  return {
    written,
    stat: async (path) => {
      const f = files[path]
      if (f === undefined) throw new Error('ENOENT: no such file')
      if (f instanceof Error) throw f
      return { size: f, isFile: !path.endsWith('/') }
    },
    readFile: async (path) => new Uint8Array(files[path] as number),
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
