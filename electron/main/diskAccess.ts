import { open, stat, writeFile } from 'node:fs/promises'
import { concatBytes } from '../../shared/bytes'
import type { FileAccess } from './files'

/** Reads a file in chunks and stops one byte past maxBytes, whatever its size claimed. */
export async function readAtMost(path: string, maxBytes: number): Promise<Uint8Array | null> {
  const handle = await open(path, 'r')
  try {
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      // one byte more than allowed is enough to know the file is over
      const want = Math.min(1024 * 1024, maxBytes + 1 - total)
      const chunk = new Uint8Array(want)
      const { bytesRead } = await handle.read(chunk, 0, want, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) return null
      chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead))
    }
    return concatBytes(chunks, total)
  } finally {
    await handle.close()
  }
}

/** The real disk, for main's file handlers. */
export const diskAccess: FileAccess = {
  stat: async (path) => {
    const s = await stat(path)
    return { size: s.size, isFile: s.isFile() }
  },
  readFile: readAtMost,
  writeFile: (path, bytes) => writeFile(path, bytes)
}
