import { defineConfig } from '@playwright/test'
import { existsSync } from 'node:fs'

// Debian's Chromium on CI and these machines; Playwright cannot download its own here.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // npm test also asks for a JSON report so it can print one closing total.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic'
      ]
    }
  },
  projects: [
    { name: 'desk-in-chromium', testIgnore: /electron\/.*/ },
    { name: 'real-electron', testMatch: /electron\/.*\.spec\.ts/ }
  ]
})
