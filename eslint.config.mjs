import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Where code may run is a rule, not a convention (see STYLE.md): shared/ is pure,
// and the renderer reaches the host only through renderer/src/platform/index.ts.
const hostImports = [
  { group: ['electron', 'electron/*'], message: 'shared/ is host-free: no Electron.' },
  { group: ['node:*'], message: 'shared/ is host-free: no Node built-ins (the host passes them in).' },
  { group: ['react-dom', 'react-dom/*'], message: 'shared/ is host-free: no DOM rendering.' },
  { group: ['**/electron/**', '../electron', '../../electron'], message: 'shared/ must not import from electron/.' },
  { group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'shared/ must not import from renderer/.' }
]
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'url', 'util', 'zlib', 'worker_threads']

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**', 'tests/.results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off'
    }
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ is host-free: no Node built-ins.' })), patterns: hostImports }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname']
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // We do not build with the React Compiler, so its bail-out reports are noise here.
      'react-hooks/incompatible-library': 'off',
      'react-hooks/preserve-manual-memoization': 'off',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:*'], message: 'The renderer reaches the host only through renderer/src/platform.' },
          { group: ['**/platform/electronPlatform', '**/platform/browserPlatform'], message: 'Import the platform from renderer/src/platform (index.ts), never an implementation.' },
          { group: ['**/electron/**'], message: 'The renderer must not import from electron/.' }
        ]
      }]
    }
  },
  {
    files: ['renderer/src/platform/index.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.{ts,tsx,mjs}', 'resources/**/*.{ts,mjs}', '*.{ts,mts,mjs,cjs}', 'electron/cli/bin.cjs'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
