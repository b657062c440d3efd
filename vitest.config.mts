import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // natural's index pulls dotenv, which logs on every import; keep test output readable.
    env: { DOTENV_CONFIG_QUIET: 'true' },
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.timing.test.ts'], testTimeout: 30_000 }
      },
      {
        // Complexity checks time code: npm test runs them on their own, after the other tests, so no other
        // test file competes for the two cores while they measure.
        test: { name: 'timing', environment: 'node', include: ['tests/unit/**/*.timing.test.ts'], testTimeout: 300_000, fileParallelism: false }
      },
      {
        test: { name: 'db', environment: 'node', include: ['tests/db/**/*.test.ts'], testTimeout: 30_000 }
      }
    ]
  }
})
