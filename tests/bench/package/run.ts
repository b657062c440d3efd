/**
 * Package size benchmark (issue 11, item 14): what `npm run dist` would put in the app, measured from the checkout
 * without electron-builder (which needs the Electron download): out/ and the other files electron-builder.yml
 * lists, plus the production node_modules, uncompressed (before asar; electron-builder also drops readmes and
 * tests from node_modules, so the real figure is a little lower). Builds out/ first when it is missing.
 *
 *   npx tsx tests/bench/package/run.ts
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { productionPackages, runtimePackages, shippedAppFiles } from './shipped'

const root = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '')
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`

if (!['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html', 'out/cli/main.js'].every((f) => existsSync(join(root, f)))) {
  console.log('out/ is incomplete: npm run build')
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' })
}

const files = shippedAppFiles(root)
const byPart = new Map<string, number>()
for (const f of files) {
  const part = f.startsWith('out/') ? f.split('/').slice(0, 2).join('/') + '/' : f
  byPart.set(part, (byPart.get(part) ?? 0) + statSync(join(root, f)).size)
}
const appBytes = [...byPart.values()].reduce((a, b) => a + b, 0)
const packages = productionPackages(root).sort((a, b) => b.bytes - a.bytes)
const moduleBytes = packages.reduce((n, p) => n + p.bytes, 0)

console.log('\napp files (electron-builder.yml files:)')
for (const [part, bytes] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`  ${part.padEnd(24)} ${mb(bytes).padStart(9)}`)
console.log(`  ${'total'.padEnd(24)} ${mb(appBytes).padStart(9)}  (${files.length} files)`)

console.log(`\nproduction node_modules (npm ls --omit=dev: ${packages.length} packages)`)
for (const p of packages.slice(0, 12)) console.log(`  ${p.name.padEnd(40)} ${mb(p.bytes).padStart(9)}`)
if (packages.length > 12) console.log(`  … ${packages.length - 12} more`)
console.log(`  ${'total'.padEnd(40)} ${mb(moduleBytes).padStart(9)}`)

// What out/ loads at run time from outside itself must be shipped, or the packaged app fails where the checkout works.
const shipped = new Set(packages.map((p) => p.name))
const nodeSide = files.filter((f) => /^out\/(main|preload|cli)\/.*\.[cm]?js$/.test(f))
const needed = new Set(nodeSide.flatMap((f) => runtimePackages(readFileSync(join(root, f), 'utf8'))))
const missing = [...needed].filter((n) => !shipped.has(n))
console.log(`\nout/ main, preload and cli load at run time: ${[...needed].join(', ') || 'nothing outside themselves'}${missing.length ? ` — NOT SHIPPED: ${missing.join(', ')}` : ''}`)

console.log(`\npackaged size (out/ and app files + production node_modules, uncompressed): ${mb(appBytes + moduleBytes)}`)
process.exit(missing.length ? 1 : 0)
