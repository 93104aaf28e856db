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
    ["import keytar from 'keytar'\nexport const x = keytar", 'src/main/electron/bad.ts'],
    ["import { x } from '../main/desk/app'\nexport const y = x", 'src/preload/bad.ts']
  ])('refuses %s in %s', async (code, path) => {
    expect(await importErrors(code, path)).not.toHaveLength(0)
  })

  // Layers inside main: util ← fr24, vault, sandbox ← journal ← desk ← host, electron.
  it.each([
    ["import { DeskFailure } from '../desk/core/failure'\nexport const x = DeskFailure", 'src/main/vault/bad.ts'],
    ["import { startDeskOn } from '../../desk/testing/deskOnFolder'\nexport const x = startDeskOn", 'src/main/vault/testing/bad.ts'],
    ["import { createFr24Client } from '../fr24'\nexport const x = createFr24Client", 'src/main/sandbox/bad.ts'],
    ["import { toDeskError } from '../../fr24/deskError'\nexport const x = toDeskError", 'src/main/sandbox/http/bad.ts'],
    ["import { startSandbox } from '../sandbox'\nexport const x = startSandbox", 'src/main/fr24/bad.ts'],
    ["import type { Vault } from '../vault/vault'\nexport type X = Vault", 'src/main/fr24/bad.ts'],
    ["import { EventHub } from '../desk/core/events'\nexport const x = EventHub", 'src/main/util/bad.ts'],
    ["import { redact } from '../fr24/json'\nexport const x = redact", 'src/main/util/bad.ts'],
    ["import { EventHub } from '../desk/core/events'\nexport const x = EventHub", 'src/main/journal/bad.ts'],
    ["import { WireLog } from '../fr24'\nexport const x = WireLog", 'src/main/journal/bad.ts'],
    ["import { startHost } from '../../host/server'\nexport const x = startHost", 'src/main/desk/core/bad.ts'],
    ["import { bindContract } from '../electron/ipc'\nexport const x = bindContract", 'src/main/desk/bad.ts'],
    ["import { bindContract } from '../electron/ipc'\nexport const x = bindContract", 'src/main/host/bad.ts'],
    ["import { startHost } from '../host/server'\nexport const x = startHost", 'src/main/electron/bad.ts']
  ])('refuses %s in %s, pointing at docs/architecture.md', async (code, path) => {
    const errors = await importErrors(code, path)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('docs/architecture.md')
  })

  it.each([
    ["import { app } from 'electron'\nexport const x = app", 'src/main/electron/ok.ts'],
    ["import { z } from 'zod'\nexport const x = z", 'src/shared/ok.ts'],
    ["import { calls } from '../shared/contract'\nexport const x = calls", 'src/renderer/ok.ts'],
    ["import keytar from 'keytar'\nexport const x = keytar", 'src/main/vault/keytarVault.ts'],
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'src/main/desk/ok.ts'],
    ["import { Journal } from '../../journal/journal'\nexport const x = Journal", 'src/main/desk/balance/ok.ts'],
    ["import { startSandbox } from '../../sandbox'\nexport const x = startSandbox", 'src/main/desk/profiles/ok.ts'],
    ["import { createFr24Client } from '../../fr24'\nexport const x = createFr24Client", 'src/main/desk/core/ok.ts'],
    ["import type { Vault } from '../../vault/vault'\nexport type X = Vault", 'src/main/desk/core/ok.ts'],
    ["import { systemClock } from '../util/clock'\nexport const x = systemClock", 'src/main/journal/ok.ts'],
    ["import { systemClock } from '../../util/clock'\nexport const x = systemClock", 'src/main/sandbox/state/ok.ts'],
    ["import { redact } from '../util/redact'\nexport const x = redact", 'src/main/vault/ok.ts'],
    ["import { startSandbox } from '../sandbox'\nexport const x = startSandbox", 'src/main/fr24/client.sandbox.test.ts'],
    ["import { createDeskApp } from '../desk/app'\nexport const x = createDeskApp", 'src/main/host/ok.ts'],
    ["import { createDeskApp } from '../desk/app'\nexport const x = createDeskApp", 'src/main/electron/ok.ts'],
    ["import { startHost } from './host/server'\nimport { bindContract } from './electron/ipc'\nexport const x = [startHost, bindContract]", 'src/main/index.ts'],
    ["import { calls } from '../shared/contract'\nexport const x = calls", 'src/preload/ok.ts']
  ])('allows %s in %s', async (code, path) => {
    expect(await importErrors(code, path)).toEqual([])
  })
})
