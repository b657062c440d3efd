import { LIMITS, type IpcResult, type OpenFilesResult, type PickedFile, type RejectedFile } from '../../shared/ipc'
import { baseName, mimeForName, tooLargeMessage } from './fileLimits'

/** The file-system calls main needs; injected so the rules are testable without Electron. */
export interface FileAccess {
  stat(path: string): Promise<{ size: number; isFile: boolean }>
  /** Reads at most maxBytes; null when the file holds more (a size from stat can be stale or 0, as in /proc). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array | null>
  writeFile(path: string, bytes: Uint8Array): Promise<void>
}

export interface OpenCaps {
  perFile: number
  total: number
}

const DEFAULT_CAPS: OpenCaps = { perFile: LIMITS.maxFileBytes, total: LIMITS.maxOpenTotalBytes }

const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1)

function overTotalMessage(name: string, cap: number): string {
  return `${name}: not opened, the files picked together pass the ${mb(cap)} MB limit of one import. Import it on its own or with fewer files.`
}

/**
 * Reads the files the user picked, refusing each one that is too large or unreadable with its own message.
 * The caps bound the bytes actually read, per file and for the whole pick, not only the sizes stat reports.
 */
export async function readPickedFiles(paths: string[], fs: FileAccess, caps: OpenCaps = DEFAULT_CAPS): Promise<OpenFilesResult> {
  const files: PickedFile[] = []
  const rejected: RejectedFile[] = []
  let total = 0
  for (const path of paths.slice(0, LIMITS.maxFilesPerOpen)) {
    const name = baseName(path)
    try {
      const info = await fs.stat(path)
      if (!info.isFile) {
        rejected.push({ name, error: `${name}: not a file.` })
        continue
      }
      if (info.size > caps.perFile) {
        rejected.push({ name, error: tooLargeMessage(name, info.size, caps.perFile) })
        continue
      }
      const left = caps.total - total
      if (info.size > left) {
        rejected.push({ name, error: overTotalMessage(name, caps.total) })
        continue
      }
      const limit = Math.min(caps.perFile, left)
      const bytes = await fs.readFile(path, limit)
      if (!bytes) {
        rejected.push({ name, error: limit === caps.perFile ? `${name}: the file is over the ${mb(caps.perFile)} MB limit (it grew while it was read). Split it or import a smaller excerpt.` : overTotalMessage(name, caps.total) })
        continue
      }
      total += bytes.byteLength
      files.push({ name, type: mimeForName(name), size: bytes.byteLength, bytes })
    } catch (error) {
      rejected.push({ name, error: `${name}: could not be read (${error instanceof Error ? error.message : String(error)}).` })
    }
  }
  for (const path of paths.slice(LIMITS.maxFilesPerOpen)) {
    rejected.push({ name: baseName(path), error: `${baseName(path)}: at most ${LIMITS.maxFilesPerOpen} files can be opened at once.` })
  }
  return { canceled: false, files, rejected }
}

/** Writes bytes where the user chose, with a message naming the file when it fails. */
export async function writeChosenFile(path: string, bytes: Uint8Array, fs: FileAccess): Promise<IpcResult<{ canceled: false; path: string }>> {
  try {
    await fs.writeFile(path, bytes)
    return { ok: true, value: { canceled: false, path } }
  } catch (error) {
    return { ok: false, error: `${baseName(path)}: could not be saved (${error instanceof Error ? error.message : String(error)}).` }
  }
}
