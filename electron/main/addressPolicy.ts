import { lookup as dnsLookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * Which network addresses "From URL" may reach. A typed or redirected address must not let a page make
 * the app read the user's own machine, home network or a cloud metadata service (SSRF), so only public
 * unicast addresses pass. The policy is a parameter of the fetcher so tests can open one loopback server.
 */
export type AddressPolicy = (url: URL) => Promise<{ ok: true } | { ok: false; error: string }>

/** Every address a host name resolves to. */
export type Lookup = (hostname: string) => Promise<string[]>

export const systemLookup: Lookup = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address)

// IANA special-purpose registries (RFC 6890 and successors): nothing here is a public web server.
const NOT_PUBLIC_V4: [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]
]
// IPv4-mapped (::ffff:a.b.c.d) addresses are matched by the IPv4 rules themselves (BlockList maps them);
// ::/96 covers ::, ::1 and the deprecated IPv4-compatible form.
const NOT_PUBLIC_V6: [string, number][] = [
  ['::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8]
]

const blocked = new BlockList()
for (const [net, prefix] of NOT_PUBLIC_V4) blocked.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of NOT_PUBLIC_V6) blocked.addSubnet(net, prefix, 'ipv6')

/** The IPv4 address carried inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address, which reaches it. */
function embeddedV4(ip: string): string | null {
  const groups = expandV6(ip)
  if (!groups) return null
  const v4 = (hi: number, lo: number): string => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.')
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return v4(groups[6], groups[7])
  if (groups[0] === 0x2002) return v4(groups[1], groups[2])
  return null
}

function expandV6(ip: string): number[] | null {
  const normalized = ip.includes('.') ? ip.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`) : ip
  const [head, tail] = normalized.split('::')
  const part = (s: string | undefined): number[] => (s ? s.split(':').map((h) => parseInt(h, 16)) : [])
  const left = part(head)
  const right = part(tail)
  const groups = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null
}

/** True for a public unicast IP address; false for loopback, private, link-local, metadata, reserved or malformed. */
export function isPublicAddress(address: string): boolean {
  const ip = address.replace(/%.*$/, '') // a zone (fe80::1%eth0) names an interface, not a different address
  const family = isIP(ip)
  if (family === 4) return !blocked.check(ip, 'ipv4')
  if (family !== 6) return false
  if (blocked.check(ip, 'ipv6')) return false
  const inner = embeddedV4(ip)
  return inner === null || isPublicAddress(inner)
}

/**
 * The product's policy: resolve the host (an IP literal resolves to itself) and refuse the address if any
 * of the results is not public, since the connection may use any of them.
 */
export function publicAddressesOnly(lookup: Lookup = systemLookup): AddressPolicy {
  return async (url) => {
    const host = url.hostname.replace(/^\[|\]$/g, '')
    let addresses: string[]
    try {
      addresses = isIP(host) ? [host] : await lookup(host)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      return { ok: false, error: `${url.href}: the address ${host} could not be found${typeof code === 'string' ? ` (${code})` : ''}. Check the spelling or your connection.` }
    }
    if (addresses.length === 0) return { ok: false, error: `${url.href}: the address ${host} could not be found.` }
    const local = addresses.find((a) => !isPublicAddress(a))
    if (local === undefined) return { ok: true }
    const where = local === host ? local : `${host} (${local})`
    return {
      ok: false,
      error: `${url.href}: ${where} is on this computer or a local or private network; ClaimLedger imports only public web pages, so that a page cannot make it read your machine or network.`
    }
  }
}
