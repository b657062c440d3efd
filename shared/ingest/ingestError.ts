/**
 * An expected import failure (bad bytes, encrypted PDF, zip bomb...). Parsers throw it deep
 * inside; ingestFile turns it into `{ ok: false, error: "<file>: <reason>" }`.
 */
export class IngestError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'IngestError'
  }
}

/** The message of anything thrown, for error reports. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/** The caller's signal was set: the import stopped between two steps (PDF pages). */
export class IngestCancelled extends Error {
  constructor() {
    super('the import was cancelled')
    this.name = 'IngestCancelled'
  }
}
