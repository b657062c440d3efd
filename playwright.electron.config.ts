import { defineConfig } from '@playwright/test'

// The real app through Playwright's Electron launcher; skipped (with the reason) where no Electron binary exists.
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'tests/.results/electron.json' }]]
})
