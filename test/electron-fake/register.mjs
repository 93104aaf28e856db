// `node --import ./test/electron-fake/register.mjs out/main/index.js`: runs a built main bundle
// under plain Node with 'electron' mapped to the fake, and lets a parent process drive it.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
await import('./driver.mjs')
