import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// The CLI as one CommonJS file for the packaged app (run with ELECTRON_RUN_AS_NODE=1). From a checkout,
// electron/cli/bin.cjs runs the TypeScript directly and needs no build.
export default defineConfig({
  build: {
    ssr: resolve('electron/cli/main.ts'),
    outDir: resolve('out/cli'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'main.js' } }
  },
  ssr: { noExternal: [] }
})
