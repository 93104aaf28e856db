import { describe, expect, it } from 'vitest'
import { explainDistFailure } from '../scripts/distFailure'

// The shape of electron-builder 26's output when @electron/get cannot reach its download host (seen here).
const unreachable = `  • packaging       platform=linux arch=x64 electron=45.4.1 appOutDir=release/linux-unpacked
  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com
    at ClientRequest.<anonymous> (node_modules/got/dist/source/core/index.js:970:111)`

describe('npm run dist:* on a machine without the Electron download', () => {
  it('says in one line that the download is unavailable, for which platform and Electron version', () => {
    const line = explainDistFailure(unreachable, '--linux', '45.4.1')
    expect(line).toBe(
      'dist: the Electron 45.4.1 download for Linux is unavailable on this machine (github.com is unreachable); ' +
        'build the installers in the release workflow (.github/workflows/release.yml) or where the download host can be reached.'
    )
    expect(line).not.toContain('\n')
    expect(explainDistFailure('  ⨯ connect ECONNREFUSED 127.0.0.1:443', '--win', '45.4.1')).toMatch(/for Windows is unavailable .*\(ECONNREFUSED\)/)
    expect(explainDistFailure('read ETIMEDOUT', '--mac', '45.4.1')).toMatch(/for macOS/)
  })

  it('leaves any other failure to electron-builder’s own output', () => {
    expect(explainDistFailure("  ⨯ Please specify author 'email' in the application package.json", '--linux', '45.4.1')).toBeUndefined()
    expect(explainDistFailure('', '--win', '45.4.1')).toBeUndefined()
  })
})
