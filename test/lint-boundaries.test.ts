import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function importErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import boundaries (lint)', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'src/shared/bad.ts'],
    ["import { app } from 'electron'\nexport const x = app", 'src/shared/bad.ts'],
    ["import { createHash } from 'crypto'\nexport const x = createHash", 'src/renderer/bad.ts'],
    ["import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer", 'src/renderer/bad.tsx'],
    ["import { startHost } from '../main/host/server'\nexport const x = startHost", 'src/renderer/bad.ts'],
    ["import { x } from '../main/desk/app'\nexport const y = x", 'src/shared/bad.ts'],
    ["import { app } from 'electron'\nexport const x = app", 'src/main/desk/bad.ts'],
    ["import keytar from 'keytar'\nexport const x = keytar", 'src/main/desk/bad.ts'],
    ["import keytar from 'keytar'\nexport const x = keytar", 'src/main/electron/bad.ts']
  ])('refuses %s in %s', async (code, path) => {
    expect(await importErrors(code, path)).not.toHaveLength(0)
  })

  it.each([
    ["import { app } from 'electron'\nexport const x = app", 'src/main/electron/ok.ts'],
    ["import { z } from 'zod'\nexport const x = z", 'src/shared/ok.ts'],
    ["import { calls } from '../shared/contract'\nexport const x = calls", 'src/renderer/ok.ts'],
    ["import keytar from 'keytar'\nexport const x = keytar", 'src/main/vault/keytarVault.ts'],
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'src/main/desk/ok.ts']
  ])('allows %s in %s', async (code, path) => {
    expect(await importErrors(code, path)).toEqual([])
  })
})
