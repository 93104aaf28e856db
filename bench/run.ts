import { spawnSync } from 'node:child_process'

/** `npm run bench`: every benchmark script in turn. Each prints its own figures. */
const scripts = ['bench/sandbox.ts', 'bench/desk.ts', 'bench/answers.ts', 'bench/shopping.ts', 'bench/responsiveness.ts', 'bench/journal.ts', 'bench/searchRows.ts', 'bench/searchBrowser.ts']
let failed = false
for (const script of scripts) {
  console.log(`\n## ${script}`)
  const result = spawnSync('tsx', [script], { stdio: 'inherit' })
  failed ||= result.status !== 0
}
process.exit(failed ? 1 : 0)
