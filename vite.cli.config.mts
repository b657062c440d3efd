import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// The CLI as one CommonJS file for the packaged app (`ClaimLedger cli …` loads it in main). From a checkout,
// electron/cli/bin.cjs runs the TypeScript directly and needs no build.
//
// Every library is bundled, so the file carries only the code it uses (natural's two stemmers and stopword lists,
// not its mongoose, pg, redis and WordNet dependencies) and those libraries are devDependencies that
// electron-builder does not ship. pdfjs-dist alone stays outside: in Node it loads its worker and optional
// canvas from its own folder at run time, so it is the one production dependency.
//
// Node built-ins stay outside, by exact name ("string_decoder/", with the slash, is the npm package and is bundled),
// except punycode: node-fetch (under @citation-js) requires that deprecated built-in, which would warn on every
// run once the code is no longer inside node_modules, so the userland package of the same API is bundled instead.
const builtins = new Set(builtinModules.filter((m) => m !== 'punycode'))
export const cliExternal = (id: string): boolean => id.startsWith('node:') || builtins.has(id) || /^pdfjs-dist(\/|$)/.test(id)

export default defineConfig({
  build: {
    ssr: resolve('electron/cli/main.ts'),
    outDir: resolve('out/cli'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { external: cliExternal, output: { format: 'cjs', entryFileNames: 'main.js' } }
  },
  // what Vite itself treats as built-in (and so leaves outside) in this build: the same list
  environments: { ssr: { resolve: { builtins: [/^node:/, ...builtins] } } },
  ssr: { noExternal: true }
})
