import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'
import tseslint from 'typescript-eslint'

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]

/**
 * Import rules that keep the processes apart: the renderer is an untrusted page and shared/ must run
 * in it, so neither may reach Node, Electron or the main process; only main holds secrets and files.
 */
const noNodeOrElectron = {
  paths: [
    ...nodeModules.map((name) => ({ name, message: 'shared/ and renderer/ run without Node: no Node modules here.' })),
    { name: 'electron', message: 'Only src/main/electron, src/main/index.ts and src/preload may import electron.' },
    { name: 'keytar', message: 'Only src/main/vault/keytarVault.ts may import keytar.' }
  ]
}

const ARCHITECTURE = 'See docs/architecture.md (Layers).'
const MAIN_FOLDERS = ['util', 'fr24', 'vault', 'sandbox', 'journal', 'desk', 'host', 'electron']

/**
 * What each folder of main may import from the others (shared/ is open to all). A layer leans only
 * on layers below it, so a service can be tested (and later replaced) without what sits above it;
 * the Sandbox and the FR24 client never share code, so the simulator checks the client instead of
 * repeating its mistakes.
 */
const LAYERS = [
  { files: ['src/main/util/**/*.ts'], may: [], why: 'util is the bottom layer: it imports nothing of main.' },
  {
    files: ['src/main/fr24/**/*.ts'],
    ignores: ['src/main/fr24/**/*.sandbox.test.ts'],
    may: ['util'],
    why: 'fr24 imports only util and shared (never the Sandbox: the simulator must not share the client’s code).'
  },
  // The FR24 client's tests against the real Sandbox: the one place the two meet, and only in a test.
  { files: ['src/main/fr24/**/*.sandbox.test.ts'], may: ['util', 'sandbox'], why: 'fr24’s Sandbox tests import only util, shared and the Sandbox.' },
  { files: ['src/main/vault/**/*.ts'], may: ['util'], why: 'vault imports only util and shared: it raises its own errors, which the desk maps at its edge.' },
  { files: ['src/main/sandbox/**/*.ts'], may: ['util'], why: 'sandbox imports only util and shared (never fr24: the simulator is written from the docs, not from the client).' },
  { files: ['src/main/journal/**/*.ts'], may: ['util'], why: 'journal imports only util and shared.' },
  { files: ['src/main/desk/**/*.ts'], may: ['util', 'fr24', 'vault', 'sandbox', 'journal'], why: 'desk imports the layers below it, never a shell (host, electron).' },
  { files: ['src/main/host/**/*.ts'], may: ['util', 'fr24', 'vault', 'sandbox', 'journal', 'desk'], why: 'host (the browser shell) never imports the Electron shell.' },
  { files: ['src/main/electron/**/*.ts'], may: ['util', 'fr24', 'vault', 'sandbox', 'journal', 'desk'], why: 'electron (the Electron shell) never imports the browser host.' },
  { files: ['src/main/index.ts'], may: MAIN_FOLDERS, why: '' }
]

/** A relative import climbing out to one of main's top folders, e.g. `../desk/app`, `../../fr24`. */
const climbingTo = (folders) => `^(\\.\\./)+(${folders.join('|')})(/.*)?$`

function mainLayers() {
  return LAYERS.map(({ files, ignores, may, why }) => {
    const shell = files.some((f) => f.startsWith('src/main/electron') || f === 'src/main/index.ts')
    const keytarHome = 'src/main/vault/keytarVault.ts'
    const forbidden = MAIN_FOLDERS.filter((folder) => !may.includes(folder) && !files.some((f) => f.startsWith(`src/main/${folder}/`)))
    const rule = (allowKeytar) => ({
      paths: [
        ...(shell ? [] : [{ name: 'electron', message: 'Services run under plain Node: only src/main/electron and src/main/index.ts import electron.' }]),
        ...(allowKeytar ? [] : [{ name: 'keytar', message: 'Only src/main/vault/keytarVault.ts may import keytar.' }])
      ],
      patterns: [
        { group: ['**/renderer/**', '**/preload/**'], message: 'main imports shared/, never the renderer or preload.' },
        ...(forbidden.length ? [{ regex: climbingTo(forbidden), message: `${why} ${ARCHITECTURE}` }] : [])
      ]
    })
    const layer = { files, ...(ignores ? { ignores } : {}), rules: { 'no-restricted-imports': ['error', rule(false)] } }
    // The vault's one keychain module keeps the vault's layer and may load keytar.
    if (files.includes('src/main/vault/**/*.ts')) {
      return [
        { ...layer, ignores: [keytarHome] },
        { files: [keytarHome], rules: { 'no-restricted-imports': ['error', rule(true)] } }
      ]
    }
    return [layer]
  }).flat()
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off'
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNodeOrElectron,
          patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'shared/ imports nothing from the processes.' }]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...noNodeOrElectron,
          patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only shared/ and its own code.' }]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'keytar', message: 'Only src/main/vault/keytarVault.ts may import keytar.' }],
          patterns: [{ group: ['**/renderer/**', '**/main/**'], message: 'The preload exposes the contract (shared/) and nothing of main or the renderer.' }]
        }
      ]
    }
  },
  // Layers inside main: util ← fr24, vault, sandbox ← journal ← desk ← host, electron (index.ts wires the two shells).
  ...mainLayers()
)
