import { LIMITS } from '../../shared/ipc'

/** Guesses a MIME type from a file name's extension, for formats ClaimLedger reads or writes. */
export function mimeForName(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? ''
  const types: Record<string, string> = {
    txt: 'text/plain', md: 'text/markdown', html: 'text/html', htm: 'text/html', pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    srt: 'application/x-subrip', vtt: 'text/vtt', zip: 'application/zip', json: 'application/json',
    csv: 'text/csv', png: 'image/png'
  }
  return types[ext] ?? ''
}

/** The message shown when a file is over the per-file cap. */
export function tooLargeMessage(name: string, size: number, cap: number = LIMITS.maxFileBytes): string {
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1)
  return `${name}: the file is ${mb(size)} MB, over the ${mb(cap)} MB limit. Split it or import a smaller excerpt.`
}

/** Basename of a path on any platform (the renderer only ever sees names, never full paths). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/)
  return parts[parts.length - 1] || path
}
