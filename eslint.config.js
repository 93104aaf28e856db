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
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services run under plain Node: only src/main/electron and src/main/index.ts import electron.' },
            { name: 'keytar', message: 'Only src/main/vault/keytarVault.ts may import keytar.' }
          ],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main imports shared/, never the renderer or preload.' }]
        }
      ]
    }
  },
  {
    files: ['src/main/vault/keytarVault.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The vault runs under plain Node.' }] }
      ]
    }
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'keytar', message: 'Only src/main/vault/keytarVault.ts may import keytar.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports renderer code.' }]
        }
      ]
    }
  }
)
