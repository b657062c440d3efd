import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './tests/chromium'

// End-to-end tests drive the built renderer (browser platform) in Chromium, served on 127.0.0.1.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'tests/.results/e2e.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: 'npx vite preview --config vite.renderer.config.mts --port 4173 --strictPort --host 127.0.0.1',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})
