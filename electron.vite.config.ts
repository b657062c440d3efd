import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { cspPlugin } from './renderer/build/csp.mts'
import pkg from './package.json'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } }
    }
  },
  preload: {
    build: { outDir: 'out/preload', rollupOptions: { input: { index: resolve('electron/preload/index.ts') } } }
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: { outDir: resolve('out/renderer'), rollupOptions: { input: resolve('renderer/index.html') } },
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    plugins: [react(), cspPlugin('electron')]
  }
})
