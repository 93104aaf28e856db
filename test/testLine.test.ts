import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8')

describe("the README's test line", () => {
  it('is the line .ci/run runs, and it sets up before it tests', () => {
    const ciLine = /^line='([^']+)'$/m.exec(read('.ci/run'))?.[1]
    expect(ciLine).toBeDefined()
    const twoCommands = read('README.md').split('## Two commands')[1]?.split('\n## ')[0] ?? ''
    const readmeLines = twoCommands.split('\n').map((l) => l.replace(/#.*$/, '').trim())
    expect(readmeLines).toContain(ciLine)
    expect(ciLine).toMatch(/^scripts\/setup\.sh && npm test$/)
  })
})
