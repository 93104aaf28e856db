import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const script = fileURLToPath(new URL('../scripts/with-secret-service.sh', import.meta.url))

/**
 * Runs inside the harness: stops the keyring daemon it started (as a test simulating a missing
 * Secret Service does), calls the Secret Service name so D-Bus starts a new daemon from its service
 * file, and reports both daemons and the environment the new one got.
 */
const stopAndReactivate = `
set -euo pipefail
owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \\
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ { print $2 }'
}
first=$(owner)
kill "$first"
while kill -0 "$first" 2>/dev/null; do sleep 0.05; done
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \\
  org.freedesktop.Secret.Service.ReadAlias string:default >/dev/null
second=$(owner)
echo "first=$first"
echo "second=$second"
echo "command-home=$HOME"
tr '\\0' '\\n' < "/proc/$second/environ" | grep -E '^(HOME|XDG_DATA_HOME)=' | sed 's/^/activated-/'
`

let fakeHome = ''
afterEach(() => rmSync(fakeHome, { recursive: true, force: true }))

describe('scripts/with-secret-service.sh', () => {
  it('keeps a gnome-keyring that D-Bus starts on demand inside its private folders, out of the real home', async () => {
    // A stand-in for the developer's home: whatever the harness leaks would land here.
    fakeHome = mkdtempSync(join(tmpdir(), 'fr24-real-home-'))
    const { stdout } = await run(script, ['bash', '-c', stopAndReactivate], { env: { ...process.env, HOME: fakeHome } })
    const report = Object.fromEntries(stdout.trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]))

    // D-Bus really started a second daemon…
    expect(report.first).toMatch(/^\d+$/)
    expect(report.second).toMatch(/^\d+$/)
    expect(report.second).not.toBe(report.first)
    // …with the harness's private folders, while the command kept the real HOME.
    expect(report['activated-HOME']).not.toBe(fakeHome)
    expect(report['activated-HOME']).toMatch(/fr24-secret-service\.\w+\/home$/)
    expect(report['activated-XDG_DATA_HOME']).toMatch(/fr24-secret-service\.\w+\/data$/)
    expect(report['command-home']).toBe(fakeHome)
    // Nothing at all was written into the real home (no .local/share/keyrings, no .cache/keyring-*).
    expect(readdirSync(fakeHome)).toEqual([])
  })
})
