import { runtime } from '../runtime'

/** RFC 4122 URL namespace, so derived ids are ordinary name-based UUIDs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

/**
 * A name-based (version 5) UUID: the same name always gives the same id, so annotations
 * and reviews derived from a claim keep their ids from one export to the next.
 */
export async function uuidV5(name: string, namespace: string = URL_NAMESPACE): Promise<string> {
  const ns = hexToBytes(namespace.replace(/-/g, ''))
  const nameBytes = new runtime.TextEncoder().encode(name)
  const data = new Uint8Array(ns.length + nameBytes.length)
  data.set(ns)
  data.set(nameBytes, ns.length)
  const hash = new Uint8Array(await runtime.crypto.subtle.digest('SHA-1', data)).slice(0, 16)
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}
