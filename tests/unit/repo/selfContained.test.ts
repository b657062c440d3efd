import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

// `npm install && npm test` must pass in a fresh clone: no test, helper or test config may read a file from
// beside the repository (a corpus folder beside the checkout was read by one once). Static check over every file npm test runs.
const root = resolve(__dirname, '../../..')
const scanned = ['tests/unit', 'tests/db', 'tests/e2e', 'tests/electron', 'tests/run.mjs', 'tests/chromium.ts', 'vitest.config.mts', 'playwright.config.ts', 'playwright.electron.config.ts']

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path]
  return readdirSync(path).flatMap((name) => (name === 'node_modules' ? [] : files(join(path, name))))
}

// A path built from parts onto the root: join(root, '..', 'x').
const builtUp = /(['"]\.\.['"]\s*,\s*)+['"][^'"]+['"]/g
const relativeLiteral = /['"`]((?:\.\.\/)+[^'"`]*)['"`]/g

/** Every path-like literal of a file that points outside the repository root, with its line. */
function outsideReads(file: string, text: string): string[] {
  const found: string[] = []
  const dir = dirname(file)
  const escapes = (target: string) => relative(root, target).split(sep)[0] === '..'
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(relativeLiteral)) if (escapes(resolve(dir, m[1]))) found.push(`${relative(root, file)}:${i + 1}: ${m[0]}`)
    // '..' parts joined onto the repository root (repoRoot, root) always leave it.
    if (/\b(repoRoot|root)\b/.test(line)) for (const m of line.matchAll(builtUp)) found.push(`${relative(root, file)}:${i + 1}: ${m[0]}`)
  })
  return found
}

describe('a fresh clone runs every test', () => {
  it('no test file (this one aside: its examples below) reads from outside the repository (such as a folder beside the checkout)', () => {
    const hits = scanned.flatMap((p) => files(join(root, p))).filter((f) => f !== __filename && /\.(ts|mts|mjs|cjs|js|tsx)$/.test(f)).flatMap((f) => outsideReads(f, readFileSync(f, 'utf8')))
    expect(hits).toEqual([])
  })

  it('catches the shapes of path that leave the repository', () => {
    const f = join(root, 'tests/unit/extract/x.test.ts')
    expect(outsideReads(f, "const c = resolve(repoRoot, '..', 'sibling', 'corpus')")).toHaveLength(1)
    expect(outsideReads(f, "readFileSync(resolve(__dirname, '../../../../sibling/corpus/a.txt'))")).toHaveLength(1)
    expect(outsideReads(f, "import { x } from '../../../renderer/src/index'")).toEqual([])
    expect(outsideReads(f, "const s = resolve(__dirname, '../../../resources/samples')")).toEqual([])
  })
})
