import { looksLikeZip } from './zipGuard'

/** The formats ingest reads. */
export type IngestFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'srt' | 'vtt'

/** File extensions ingest accepts (lowercase, without the dot). */
export const SUPPORTED_EXTENSIONS: string[] = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'srt', 'vtt']

const BY_EXTENSION: Record<string, IngestFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', xhtml: 'html',
  pdf: 'pdf', docx: 'docx', srt: 'srt', vtt: 'vtt'
}

const BY_MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const BY_MIME: Record<string, IngestFormat> = {
  'text/plain': 'txt', 'text/markdown': 'md', 'text/x-markdown': 'md', 'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/pdf': 'pdf', [BY_MIME_DOCX]: 'docx',
  'text/vtt': 'vtt', 'application/x-subrip': 'srt', 'text/srt': 'srt', 'application/srt': 'srt'
}

// Formats people try to import that ingest cannot read, recognised by their first bytes.
const REFUSED_MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x42, 0x4d], 'a BMP image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office (.doc/.xls) file; save it as .docx'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file; save it as .docx or .txt'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x25, 0x21, 0x50, 0x53], 'a PostScript file'],
  [[0x49, 0x44, 0x33], 'an MP3 audio file']
]

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b)

/** The lowercase extension of a file name or URL path, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const path = name.replace(/[?#].*$/, '')
  const base = path.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** What the first bytes say the content is, when they say it clearly. */
function sniff(bytes: Uint8Array): IngestFormat | { refused: string } | undefined {
  for (const [magic, what] of REFUSED_MAGIC) if (startsWith(bytes, magic)) return { refused: what }
  if (bytes.length > 12 && startsWith(bytes, [0x52, 0x49, 0x46, 0x46])) return { refused: 'a RIFF media file (WebP image, WAV or AVI)' }
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i])
  if (head.includes('%PDF-')) return 'pdf'
  const text = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart()
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'vtt'
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)) return 'html'
  if (/^\d+\r?\n(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->/.test(text)) return 'srt'
  return undefined
}

/**
 * Decides how to read a file. Clear magic bytes win over the name (a PDF named .txt is read
 * as a PDF; an image named .html is refused as an image); a zip is only ever read as DOCX;
 * then the extension, then the MIME type, then the content's first characters. Returns the
 * format, or the reason it cannot be imported.
 */
export function detectFormat(name: string, bytes: Uint8Array, mime?: string): { format: IngestFormat } | { refused: string } {
  const sniffed = sniff(bytes)
  if (sniffed && typeof sniffed === 'object') return sniffed
  if (sniffed === 'pdf') return { format: 'pdf' }
  const ext = extensionOf(name)
  const byExt = BY_EXTENSION[ext]
  const baseMime = mime?.split(';')[0].trim().toLowerCase()
  if (looksLikeZip(bytes)) return byExt === 'docx' || baseMime === BY_MIME_DOCX || !byExt ? { format: 'docx' } : { refused: 'a zip archive, not a text document' }
  if (byExt) return { format: byExt }
  if (baseMime && BY_MIME[baseMime]) return { format: BY_MIME[baseMime] }
  if (baseMime && /^(?:image|audio|video)\//.test(baseMime)) return { refused: `${baseMime.split('/')[0] === 'image' ? 'an image' : 'a media file'} (${baseMime}), not a text document` }
  if (sniffed) return { format: sniffed }
  if (ext) return { refused: `unsupported file type .${ext} (supported: ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')})` }
  if (!baseMime || baseMime.startsWith('text/')) return { format: 'txt' }
  return { refused: `unsupported content type ${baseMime}` }
}
