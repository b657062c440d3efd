/**
 * The few runtime globals that Node ≥ 20 and every browser share, typed here because
 * shared/ compiles without DOM or Node types (so it cannot use either by accident).
 */
interface RuntimeGlobals {
  crypto: {
    randomUUID(): string
    getRandomValues<T extends Uint8Array>(array: T): T
    subtle: { digest(algorithm: 'SHA-256' | 'SHA-1', data: Uint8Array): Promise<ArrayBuffer> }
  }
  TextEncoder: new () => { encode(input: string): Uint8Array }
  TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => {
    decode(input: Uint8Array): string
  }
}

export const runtime = globalThis as unknown as RuntimeGlobals

/** A random RFC 4122 v4 id, so records made on different laptops merge. */
export function newId(): string {
  return runtime.crypto.randomUUID()
}

/** SHA-256 of bytes or of a string's UTF-8, as lowercase hex. */
export async function sha256Hex(input: Uint8Array | string): Promise<string> {
  const bytes = typeof input === 'string' ? new runtime.TextEncoder().encode(input) : input
  const digest = new Uint8Array(await runtime.crypto.subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}

/** The current time as an ISO timestamp. */
export function nowIso(): string {
  return new Date().toISOString()
}
