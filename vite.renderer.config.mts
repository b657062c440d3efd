import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { cspPlugin } from './renderer/build/csp.mts'
import pkg from './package.json' with { type: 'json' }

// The renderer alone, with the browser platform: `npm run web` (dev server) and the e2e tests (built, out/web).
export default defineConfig(({ command }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), cspPlugin('web', command === 'serve')],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: { outDir: resolve('out/web'), emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true }
}))
