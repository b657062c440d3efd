import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative, sep } from 'node:path'

/**
 * What electron-builder would put in the packaged app, measured from the checkout: the files electron-builder.yml
 * lists (out/**, package.json, the CLI entry, minus its exclusions) plus the production node_modules (the packages
 * `npm ls --omit=dev` lists). Used by the package bench and by the packaging tests.
 */

/** The `files:` patterns of electron-builder.yml, in order ("!" ones exclude). */
export function builderFilePatterns(root: string): string[] {
  const lines = readFileSync(join(root, 'electron-builder.yml'), 'utf8').split('\n')
  const start = lines.findIndex((l) => /^files:\s*$/.test(l))
  if (start < 0) throw new Error('electron-builder.yml has no files: list')
  const patterns: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^\s+#/.test(line)) continue
    const m = /^\s+-\s+(.+?)\s*$/.exec(line)
    if (!m) break
    patterns.push(m[1].replace(/^['"]|['"]$/g, ''))
  }
  return patterns
}

/** A glob as electron-builder reads it (`**` any depth, `*` within one name, `{a,b}` either) as a RegExp. */
export function globRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?'
      i += 2
    } else if (glob.startsWith('**', i)) {
      re += '.*'
      i += 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '{') re += '(?:'
    else if (c === '}') re += ')'
    else if (c === ',') re += '|'
    else re += c.replace(/[.+?^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** True when `path` (relative, with "/") is kept by the patterns: some positive one matches and no "!" one does. */
export function keptBy(patterns: string[], path: string): boolean {
  const positive = patterns.filter((p) => !p.startsWith('!')).map(globRegExp)
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => globRegExp(p.slice(1)))
  return positive.some((r) => r.test(path)) && !negative.some((r) => r.test(path))
}

function walk(dir: string, skipNodeModules: boolean): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!(skipNodeModules && entry.name === 'node_modules')) out.push(...walk(path, skipNodeModules))
    } else if (entry.isFile()) out.push(path)
  }
  return out
}

const posix = (p: string): string => p.split(sep).join('/')

/** The app's own files electron-builder would ship (relative paths), from the `files:` list. */
export function shippedAppFiles(root: string): string[] {
  const patterns = builderFilePatterns(root)
  const tops = new Set(patterns.filter((p) => !p.startsWith('!')).map((p) => p.split('/')[0]))
  const candidates = [...tops].flatMap((top) => {
    const path = join(root, top)
    try {
      return statSync(path).isDirectory() ? walk(path, true) : [path]
    } catch {
      return []
    }
  })
  return candidates.map((f) => posix(relative(root, f))).filter((f) => keptBy(patterns, f))
}

/** One production package: its name, folder and size in bytes (nested node_modules counted as their own packages). */
export interface ShippedPackage {
  name: string
  dir: string
  bytes: number
}

/** The production packages `npm ls --omit=dev --all` lists (what electron-builder copies into the app), with sizes. */
export function productionPackages(root: string): ShippedPackage[] {
  // npm ls exits 1 on a tree it finds odd (extraneous or missing packages) but still lists what is there
  const ls = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
  if (ls.error) throw ls.error
  const parseable = ls.stdout
  const patterns = builderFilePatterns(root).filter((p) => p.startsWith('!'))
  const dirs = [...new Set(parseable.split('\n').map((l) => l.trim()).filter((l) => l && l !== root))]
  return dirs.map((dir) => {
    const rel = posix(relative(root, dir))
    const name = rel.slice(rel.lastIndexOf('node_modules/') + 'node_modules/'.length)
    const files = walk(dir, true).filter((f) => !patterns.length || keptBy(['**', ...patterns], posix(relative(root, f))))
    return { name, dir: rel, bytes: files.reduce((n, f) => n + statSync(f).size, 0) }
  })
}

/** The package a bare specifier names ("pdfjs-dist/legacy/build/pdf.mjs" → "pdfjs-dist", "@a/b/c" → "@a/b"). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

const builtins = new Set(builtinModules)

/**
 * Every module the built JavaScript loads at run time from outside itself: the specifiers of `require("…")` and
 * `import("…")` that are neither relative nor Node built-ins (nor electron, which the app binary provides).
 * Lines of comments kept from the libraries (" * var pako = require('pako')") are skipped.
 */
export function runtimePackages(code: string): string[] {
  const found = new Set<string>()
  const codeLines = code.split('\n').filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l)).join('\n')
  for (const m of codeLines.matchAll(/\b(?:require|import)\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
    const spec = m[1]
    if (spec.startsWith('node:') || builtins.has(spec) || spec === 'electron') continue
    found.add(packageOf(spec))
  }
  return [...found].sort()
}
