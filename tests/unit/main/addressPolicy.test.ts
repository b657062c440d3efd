import { describe, expect, it } from 'vitest'
import { isPublicAddress, publicAddressesOnly, type Lookup } from '../../../electron/main/addressPolicy'

// Issue 11, item 12: "From URL" must not reach this computer, the local network or a cloud metadata service.
describe('public addresses', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '10.255.255.255', '192.168.1.20', '172.16.0.1', '172.31.255.255', '169.254.169.254',
    '169.254.0.1', '100.64.0.1', '100.100.100.200', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1',
    '::1', '::', 'fc00::1', 'fd00:ec2::254', 'fdff:ffff::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '64:ff9b::7f00:1', '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::1', '2002:c0a8:101::1', '2001:db8::1', 'not an address', ''
  ])('%s is not public', (ip) => {
    expect(isPublicAddress(ip)).toBe(false)
  })
  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4007:80c::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])(
    '%s is public',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true)
    }
  )
})

describe('the default address policy', () => {
  const fakeDns: Record<string, string[]> = {
    'intranet.example.org': ['10.1.2.3'],
    'router.example.org': ['192.168.0.1'],
    'metadata.example.org': ['169.254.169.254'],
    'v6-local.example.org': ['fd12:3456::1'],
    'split.example.org': ['93.184.215.14', '127.0.0.1'],
    'news.example.org': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']
  }
  const lookup: Lookup = async (host) => {
    const found = fakeDns[host]
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
    return found
  }
  const policy = publicAddressesOnly(lookup)

  it.each(['http://127.0.0.1/', 'http://10.0.0.8:8080/admin', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:3000/', 'http://[fc00::1]/', 'http://[fd00::2]/', 'http://2130706433/', 'http://0x7f.1/', 'http://[::ffff:127.0.0.1]/'])(
    'refuses %s, naming the address',
    async (raw) => {
      const result = await policy(new URL(raw))
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/^http:\/\/\S+: \S+ is on this computer or a local or private network; ClaimLedger imports only public web pages/)
    }
  )
  it.each(['intranet.example.org', 'router.example.org', 'metadata.example.org', 'v6-local.example.org', 'split.example.org'])('refuses %s, a name resolving to a private address', async (host) => {
    const result = await policy(new URL(`https://${host}/page`))
    expect(result).toEqual({
      ok: false,
      error: `https://${host}/page: ${host} (${fakeDns[host].find((a) => !isPublicAddress(a))}) is on this computer or a local or private network; ClaimLedger imports only public web pages, so that a page cannot make it read your machine or network.`
    })
  })
  it('refuses localhost as the system resolver answers it (node:dns)', async () => {
    const result = await publicAddressesOnly()(new URL('http://localhost:8080/'))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^http:\/\/localhost:8080\/: localhost \((127\.0\.0\.1|::1)\) is on this computer/)
  })
  it('lets a public name through when every address it resolves to is public', async () => {
    expect(await policy(new URL('https://news.example.org/a'))).toEqual({ ok: true })
    expect(await policy(new URL('https://93.184.215.14/a'))).toEqual({ ok: true })
  })
  it('says when a name cannot be found', async () => {
    expect(await policy(new URL('https://nowhere.example.org/'))).toEqual({
      ok: false,
      error: 'https://nowhere.example.org/: the address nowhere.example.org could not be found (ENOTFOUND). Check the spelling or your connection.'
    })
  })
})
