#!/usr/bin/env node
// Entry of the `claimledger` command on plain Node. From a source checkout it runs the TypeScript directly
// through tsx (no build step after `npm ci`), else the built out/cli/main.js. The packaged app does not use
// this file (its RunAsNode fuse is off): there the command is `ClaimLedger cli …` (electron/main/cliEntry.ts).
'use strict'
const path = require('node:path')
const fs = require('node:fs')

process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET || 'true'

let cli
const built = path.join(__dirname, '..', '..', 'out', 'cli', 'main.js')
try {
  require.resolve('tsx/cjs/api')
  require('tsx/cjs/api').register()
  cli = require('./main.ts')
} catch (error) {
  if (!fs.existsSync(built)) {
    process.stderr.write(`claimledger: cannot start: ${error && error.message}\nRun "npm ci" (development) or "npm run build" first.\n`)
    process.exit(2)
  }
  cli = require(built)
}

// A reader that stops early (`claimledger extract big.txt | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(0)
  throw error
})

cli.main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code },
  (error) => {
    process.stderr.write(`claimledger: ${error && error.stack ? error.stack : String(error)}\n`)
    process.exitCode = 2
  }
)
