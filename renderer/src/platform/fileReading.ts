import { LIMITS, type OpenFilesResult, type PickedFile, type RejectedFile } from '../../../shared/ipc'

/** Reads browser File objects (file input, drag and drop) with the same per-file cap main enforces. */
export async function readBrowserFiles(list: Iterable<File>, cap: number = LIMITS.maxFileBytes): Promise<OpenFilesResult> {
  const files: PickedFile[] = []
  const rejected: RejectedFile[] = []
  for (const file of list) {
    if (file.size > cap) {
      const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1)
      rejected.push({ name: file.name, error: `${file.name}: the file is ${mb(file.size)} MB, over the ${mb(cap)} MB limit. Split it or import a smaller excerpt.` })
      continue
    }
    try {
      files.push({ name: file.name, type: file.type, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) })
    } catch (error) {
      rejected.push({ name: file.name, error: `${file.name}: could not be read (${error instanceof Error ? error.message : String(error)}).` })
    }
  }
  return { canceled: false, files, rejected }
}
