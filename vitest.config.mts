import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // natural's index pulls dotenv, which logs on every import; keep test output readable.
    env: { DOTENV_CONFIG_QUIET: 'true' },
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 }
      },
      {
        test: { name: 'db', environment: 'node', include: ['tests/db/**/*.test.ts'], testTimeout: 30_000 }
      }
    ]
  }
})
