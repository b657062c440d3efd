import { LIMITS, type IpcResult, type OpenFilesResult, type PickedFile, type RejectedFile } from '../../shared/ipc'
import { baseName, mimeForName, tooLargeMessage } from './fileLimits'

/** The file-system calls main needs; injected so the rules are testable without Electron or a disk. */
export interface FileAccess {
  stat(path: string): Promise<{ size: number; isFile: boolean }>
  readFile(path: string): Promise<Uint8Array>
  writeFile(path: string, bytes: Uint8Array): Promise<void>
}

/** Reads the files the user picked, refusing each one that is too large or unreadable with its own message. */
export async function readPickedFiles(paths: string[], fs: FileAccess, cap: number = LIMITS.maxFileBytes): Promise<OpenFilesResult> {
  const files: PickedFile[] = []
  const rejected: RejectedFile[] = []
  for (const path of paths.slice(0, LIMITS.maxFilesPerOpen)) {
    const name = baseName(path)
    try {
      const info = await fs.stat(path)
      if (!info.isFile) {
        rejected.push({ name, error: `${name}: not a file.` })
        continue
      }
      if (info.size > cap) {
        rejected.push({ name, error: tooLargeMessage(name, info.size, cap) })
        continue
      }
      const bytes = await fs.readFile(path)
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
