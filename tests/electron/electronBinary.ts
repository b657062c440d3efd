import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

/**
 * Where the Electron binary is, or why there is none. Reading node_modules/electron/path.txt directly
 * avoids require('electron'), which would try to download the binary (impossible on these machines).
 */
export function findElectron(): { path: string } | { missing: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  let pkgDir: string
  try {
    pkgDir = dirname(createRequire(__filename).resolve('electron/package.json'))
  } catch {
    return { missing: 'the electron package is not installed (run npm ci)' }
  }
  const pathFile = join(pkgDir, 'path.txt')
  if (!existsSync(pathFile)) {
    return { missing: 'the Electron binary is not installed (node_modules/electron has no path.txt): it is downloaded on first use from GitHub, which this machine cannot reach. Run "npx install-electron" where the network allows it, or set ELECTRON_OVERRIDE_DIST_PATH.' }
  }
  const relative = readFileSync(pathFile, 'utf8').trim()
  const executable = override ? join(override, relative) : join(pkgDir, 'dist', relative)
  if (!existsSync(executable)) return { missing: `the Electron binary is missing at ${executable}` }
  return { path: executable }
}
