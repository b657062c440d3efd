import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererCsp } from '../../../renderer/build/csp.mts'
import { en } from '../../../renderer/src/i18n/en'
import { fr } from '../../../renderer/src/i18n/fr'
import { MAX_CLAIMS_PER_SOURCE } from '../../../shared/claimRecord'
import { MAX_ARTICLE_DEPTH, MAX_ARTICLE_ELEMENTS } from '../../../shared/ingest/htmlShape'
import { MAX_PDF_PAGES } from '../../../shared/ingest/pdf'
import { LIMITS } from '../../../shared/ipc'
import { CLAIM_STATUSES, VERDICTS } from '../../../shared/model'

// The README's facts that rot when the code moves: scripts, paths, the CLI entry, the browser build, limits
// and UI names. Each check names the README statement that went false, so it can be fixed there.
const root = resolve(__dirname, '../../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> }
const MB = 1024 * 1024

/** The README's text without fenced code blocks, where inline code spans are looked for. */
const prose = readme.replace(/^```[\s\S]*?^```/gm, '')

/** The text of the `## title` section (up to the next `## `), or '' when there is none. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`)
  if (start === -1) return ''
  const next = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, next === -1 ? undefined : next)
}

/** Every inline `code` span of a text. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1].trim())
}

/** 3000 as the README writes it: "3 000". */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

const topLevel = new Set(['electron', 'renderer', 'shared', 'tests', 'resources', 'out'])
/** Build output: not in a checkout, so named only as a config's output folder. */
const buildConfigs = ['electron.vite.config.ts', 'vite.renderer.config.mts', 'vite.cli.config.mts'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n')

/** The repository paths a code span or link names: top-level folders of the repo, or config files at its root. */
function repoPath(span: string): string | null {
  if (/[\s*<>{}$]/.test(span)) return null
  const first = span.split('/')[0]
  if (span.includes('/') && topLevel.has(first)) return span
  if (!span.includes('/') && /^[\w.-]+\.(ya?ml|mts|cjs|mjs)$|^package\.json$|^tsconfig[\w.-]*\.json$/.test(span)) return span
  return null
}

describe('README', () => {
  it('runs only npm scripts that package.json has, and documents every one of them', () => {
    const mentioned = new Set([...readme.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]))
    const missing = [...mentioned].filter((name) => !(name in pkg.scripts))
    expect(missing, 'README mentions npm run scripts that package.json does not have').toEqual([])
    const lifecycle = new Set(['start', 'test'])
    const undocumented = Object.keys(pkg.scripts).filter((name) => !mentioned.has(name) && !(lifecycle.has(name) && readme.includes(`npm ${name}`)))
    expect(undocumented, 'package.json scripts the README never mentions').toEqual([])
  })

  it('names only repository paths that exist (build output: folders a build config writes)', () => {
    const links = [...prose.matchAll(/\]\(([^)\s#]+)\)/g)].map((m) => m[1]).filter((href) => !/^[a-z]+:/.test(href))
    const folders = (/## Folders\n+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '').split('\n').map((line) => line.split(/\s+/)[0]).filter(Boolean)
    expect(folders.length, 'the Folders block lists folders').toBeGreaterThan(5)
    const paths = [...new Set([...codeSpans(prose).map(repoPath).filter((p): p is string => p !== null), ...links, ...folders])]
    expect(paths.length).toBeGreaterThan(10)
    // out/<dir>/… must be a folder a build config writes: 'out/web', resolve('out/cli').
    const built = (p: string) => p === 'out/' || buildConfigs.includes(`'${p.split('/').slice(0, 2).join('/')}'`)
    const wrong = paths.filter((p) => (p.startsWith('out/') ? !built(p) : !existsSync(join(root, p))))
    expect(wrong, 'paths the README names that are not in the repository').toEqual([])
  })

  it('links only to headings it has', () => {
    const slugs = new Set([...readme.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')))
    const anchors = [...prose.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1])
    expect(anchors.filter((a) => !slugs.has(a)), 'links to headings the README does not have').toEqual([])
  })

  it('names electron/cli/bin.cjs, the entry package.json runs, as the only CLI entry file', () => {
    const entry = 'electron/cli/bin.cjs'
    expect(pkg.bin.claimledger).toBe(entry)
    expect(pkg.scripts.claimledger).toBe(`node ${entry}`)
    expect(codeSpans(section('Command line')), 'the Command line section names the entry file').toContain(entry)
    const cliFiles = [...new Set(codeSpans(readme).filter((s) => /^electron\/cli\/[\w.-]+\.\w+$/.test(s)))]
    expect(cliFiles, 'electron/cli files the README names').toEqual([entry])
  })

  it('says the browser build is out/web (npm run build:web), whose policy lets “From URL” fetch other sites, unlike out/renderer', () => {
    const browser = readme.slice(readme.indexOf('### In a browser'), readme.indexOf('\n## ', readme.indexOf('### In a browser')))
    expect(browser).toContain('npm run build:web')
    expect(browser).toContain('`out/web`')
    expect(pkg.scripts['build:web']).toBe('vite build --config vite.renderer.config.mts')
    expect(buildConfigs).toContain("outDir: resolve('out/web')")
    // The README says cross-origin "From URL" works in out/web and cannot in out/renderer: true only while these hold.
    expect(rendererCsp('web', false)).toContain("connect-src 'self' http: https:")
    expect(rendererCsp('electron', false)).toContain("connect-src 'self';")
    expect(browser).toContain('`out/renderer`')
    expect(browser).toMatch(/out\/renderer`[^.]*own origin/)
  })

  it('states the import and fetch limits the code enforces', () => {
    const expected = [
      `${LIMITS.fetchTimeoutMs / 1000} s and ${LIMITS.maxFileBytes / MB} MB per page`,
      `at most ${LIMITS.maxRedirects} redirects`,
      `at most ${LIMITS.maxFilesPerOpen} files and ${LIMITS.maxOpenTotalBytes / MB} MB in all per import`,
      `Files up to ${LIMITS.maxFileBytes / MB} MB`,
      `**${grouped(MAX_PDF_PAGES)} pages**`,
      `more than ${MAX_ARTICLE_DEPTH} levels deep`,
      `more than ${grouped(MAX_ARTICLE_ELEMENTS)} elements`,
      `${grouped(MAX_CLAIMS_PER_SOURCE)} claims`
    ]
    expect(expected.filter((s) => !readme.includes(s)), 'limits the README does not state as the code has them').toEqual([])
  })

  it('names the statuses, verdicts and views as the UI shows them, in English and French', () => {
    const names = [
      ...CLAIM_STATUSES.map((s) => `status_${s}` as const),
      ...VERDICTS.map((v) => `verdict_${v}` as const),
      ...(['navLibrary', 'navReader', 'navClaims', 'navSeries', 'navExport'] as const)
    ]
    const guide = section('User guide')
    const absent = names.flatMap((key) => [en[key], fr[key]].filter((label) => !guide.includes(label)).map((label) => `${key}: ${label}`))
    expect(absent, 'UI names the User guide does not use').toEqual([])
    // The Reader's verdict keys, in the order the shortcuts list gives them.
    expect(guide).toContain(VERDICTS.map((v, i) => `${i + 1} ${en[`verdict_${v}`]}`).join(', '))
  })
})
