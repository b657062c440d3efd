#!/usr/bin/env node
// `npm run bench`: every benchmark in turn (not part of `npm test`). Each prints its own figures;
// pass names to run some only: npm run bench -- extract import
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const all = {
  extract: 'tests/bench/extract/run.ts',
  specs: 'tests/bench/extract/specs.ts',
  import: 'tests/bench/import/run.ts',
  store: 'tests/bench/store/run.ts',
  library: 'tests/bench/library/run.ts',
  series: 'tests/bench/series/run.ts',
  seriesScale: 'tests/bench/seriesScale/run.ts',
  package: 'tests/bench/package/run.ts'
}
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(all)
let failed = 0
for (const name of wanted) {
  const script = all[name]
  if (!script || !existsSync(join(root, script))) {
    console.error(`bench: unknown benchmark "${name}" (have: ${Object.keys(all).join(', ')})`)
    failed++
    continue
  }
  console.log(`\n━━ bench ${name}: npx tsx ${script}`)
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [script], { cwd: root, stdio: 'inherit', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
