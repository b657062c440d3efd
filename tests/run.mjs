#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, unit + db tests (vitest), build, end-to-end tests in
// Chromium (Playwright), the Electron launch test — then one line counting every test of every runner:
//   tests: N passed, N failed[, N skipped]
// Typecheck, lint and build count as one test each. A runner that crashes before reporting counts as failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const results = join(root, 'tests', '.results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []
const env = { ...process.env, DOTENV_CONFIG_QUIET: 'true', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }

function run(label, command, args, extraEnv = {}) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } })
  console.log(`━━ ${label}: exit ${r.status ?? r.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return r.status === 0
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed++
  else {
    totals.failed++
    failures.push(label)
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name)

// 1. Typecheck and lint.
check('typecheck', bin('tsc'), ['-b'])
check('lint', bin('eslint'), ['--max-warnings', '0', '.'])

// 2. Unit and db tests, then the complexity checks on their own (they time code: nothing else may run beside them).
function vitestStep(label, projects, report) {
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, report)}`]
  const ok = run(label, bin('vitest'), args)
  const json = readJson(join(results, report))
  if (!json) {
    totals.failed++
    failures.push(`${label} (no report)`)
    return
  }
  totals.passed += json.numPassedTests
  totals.failed += json.numFailedTests
  totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0)
  if (json.numFailedTests > 0 || !ok) failures.push(label)
  if (!ok && json.numFailedTests === 0) totals.failed++ // e.g. a test file that failed to load
}
vitestStep('vitest', ['unit', 'db'], 'vitest.json')
vitestStep('vitest timing', ['timing'], 'vitest-timing.json')

// 3. Build the app (Electron targets) and the browser renderer the e2e tests serve.
check('build', 'npm', ['run', '--silent', 'build'])
check('build:web', 'npm', ['run', '--silent', 'build:web'])

// 4. End-to-end tests in Chromium. No Chromium is a failure with instructions, never a silent skip.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
function playwright(label, config, report) {
  if (label === 'e2e' && !existsSync(chromium)) {
    console.error(`\n✗ e2e: Chromium not found at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH. Playwright cannot download its own browser here.`)
    totals.failed++
    failures.push('e2e (no Chromium)')
    return
  }
  const ok = run(label, bin('playwright'), ['test', '--config', config], { CI: process.env.CI ?? '' })
  const json = readJson(join(results, report))
  if (!json) {
    totals.failed++
    failures.push(`${label} (no report)`)
    return
  }
  const s = json.stats
  totals.passed += s.expected + (s.flaky ?? 0)
  totals.failed += s.unexpected
  totals.skipped += s.skipped
  if (s.unexpected > 0 || !ok) failures.push(label)
  if (!ok && s.unexpected === 0) totals.failed++
  // Say why tests were skipped, so a skip is never mistaken for a pass.
  const reasons = new Set()
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(a.description)
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of json.suites ?? []) walk(suite)
  for (const r of reasons) console.log(`  skipped: ${r}`)
}
playwright('e2e', 'playwright.config.ts', 'e2e.json')
playwright('electron', 'playwright.electron.config.ts', 'electron.json')

console.log('')
if (failures.length) console.log(`failed steps: ${failures.join(', ')}`)
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(totals.failed > 0 ? 1 : 0)
