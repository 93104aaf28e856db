import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, startDesk, test } from './fixtures'

// `npm run desk -- --open` on a machine with no browser opener (a bare Debian has no xdg-open):
// the desk says so in one line, with the address to open by hand, and keeps serving.
test('--open without a browser opener says so and the desk keeps serving', async ({ page }) => {
  // A PATH holding node and nothing else, so xdg-open cannot be found whether or not it is installed.
  const bin = mkdtempSync(join(tmpdir(), 'fr24-node-only-'))
  symlinkSync(process.execPath, join(bin, 'node'))
  const desk = await startDesk({ PATH: bin }, ['--open'])
  try {
    await expect.poll(() => desk.errors()).toContain('Could not open a browser')
    const lines = desk.errors().split('\n').filter((line) => line.includes('Could not open a browser'))
    expect(lines).toEqual([`Could not open a browser ("xdg-open" is not installed): open ${desk.openUrl} by hand.`])
    await desk.open(page)
    await expect(page.getByRole('status', { name: 'Account' })).toHaveText('Sandbox')
  } finally {
    await desk.stop()
    rmSync(bin, { recursive: true, force: true })
  }
})
