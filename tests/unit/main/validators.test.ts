import { describe, expect, it } from 'vitest'
import { parseRequest } from '../../../electron/main/validators'

describe('IPC request validation', () => {
  it.each([
    ['files:open', { extensions: ['txt', 'pdf'], multiple: true }],
    ['files:open', { extensions: [], multiple: false, title: 'Import' }],
    ['files:save', { suggestedName: 'bundle.zip', bytes: new Uint8Array([1, 2]), extensions: ['zip'] }],
    ['url:fetch', { url: 'https://example.org/article' }],
    ['app:info', null],
    ['app:info', undefined]
  ] as const)('accepts a good %s request', (channel, input) => {
    expect(parseRequest(channel, input)).toMatchObject({ ok: true })
  })

  it.each([
    ['files:open', null, 'Invalid request for files:open'],
    ['files:open', 'txt', 'Invalid request'],
    ['files:open', { extensions: ['.txt'], multiple: true }, 'extensions.0'],
    ['files:open', { extensions: ['txt'], multiple: 'yes' }, 'multiple'],
    ['files:open', { extensions: ['txt'], multiple: true, __proto__: { polluted: true }, extra: 1 }, 'Invalid request'],
    ['files:open', { extensions: Array.from({ length: 51 }, () => 'txt'), multiple: true }, 'extensions'],
    ['files:save', { suggestedName: '../../etc/passwd', bytes: new Uint8Array(), extensions: [] }, 'a file name, not a path'],
    ['files:save', { suggestedName: 'C:\\x.zip', bytes: new Uint8Array(), extensions: [] }, 'a file name, not a path'],
    ['files:save', { suggestedName: 'a.zip', bytes: [1, 2, 3], extensions: [] }, 'bytes'],
    ['files:save', { suggestedName: '', bytes: new Uint8Array(), extensions: [] }, 'suggestedName'],
    ['url:fetch', { url: 42 }, 'url'],
    ['url:fetch', { url: 'x'.repeat(9000) }, 'url'],
    ['url:fetch', {}, 'url'],
    ['app:info', { anything: true }, 'Invalid request for app:info']
  ] as const)('refuses a hostile %s request with a message (%#)', (channel, input, fragment) => {
    const result = parseRequest(channel, input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(fragment)
  })

  it('refuses an unknown channel without throwing', () => {
    const result = parseRequest('shell:exec' as never, { cmd: 'rm -rf /' })
    expect(result).toEqual({ ok: false, error: 'Unknown request "shell:exec".' })
  })
})
