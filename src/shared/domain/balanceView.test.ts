import { describe, expect, it } from 'vitest'
import { BalanceSettingsInput, BalanceThresholds } from './balanceView'

describe('balance settings schema', () => {
  it('refuses a non-amount as a validation issue instead of throwing', () => {
    const result = BalanceSettingsInput.safeParse({ low: 'abc', critical: '100', intervalSeconds: 180, closeToTray: true })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('low')
    expect(() => BalanceThresholds.safeParse({ low: '1e', critical: 'x' })).not.toThrow()
  })

  it('still refuses critical above low', () => {
    const result = BalanceSettingsInput.safeParse({ low: '100', critical: '200', intervalSeconds: 180, closeToTray: true })
    expect(result.error?.issues[0]?.path).toEqual(['critical'])
  })
})
