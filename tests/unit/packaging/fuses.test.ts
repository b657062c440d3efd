import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// electron-builder reads its configuration with js-yaml (its dependency, untyped), so the test reads it the same way.
const { load } = createRequire(__filename)('js-yaml') as { load(text: string): unknown }

// Issue 11, item 12: electron-builder flips Electron's fuses in the packaged binary.
const root = resolve(__dirname, '../../..')
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown>; asar?: unknown; files: string[] }
// electron-builder's own schema lists the fuse names it knows: a misspelt one would be silently ignored.
const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
}

describe('Electron fuses', () => {
  it('turn off RunAsNode, NODE_OPTIONS and --inspect, and load only an integrity-checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true
    })
    expect(config.asar).not.toBe(false)
  })
  it('are all names electron-builder knows', () => {
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties)
    expect(Object.keys(config.electronFuses ?? {}).filter((k) => !known.includes(k))).toEqual([])
  })
  it('leave nothing that needs RunAsNode: the packaged CLI is `ClaimLedger cli`, documented so', () => {
    expect(config.files).not.toContain('electron/cli/bin.cjs')
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).not.toContain('ELECTRON_RUN_AS_NODE')
    expect(readme).toMatch(/ClaimLedger cli extract/)
  })
})
