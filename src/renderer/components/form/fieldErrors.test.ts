import { describe, expect, it } from 'vitest'
import { BalanceSettingsInput, CRITICAL_ABOVE_LOW } from '../../../shared/domain/balanceView'
import { ProfileDraft } from '../../../shared/domain/profile'
import { MESSAGE_KEYS } from '../../../shared/text'
import { fieldErrors, hasFieldErrors, ruleOf, type FieldMessages } from './fieldErrors'

type BalanceField = 'low' | 'critical' | 'intervalSeconds'
const BALANCE: FieldMessages<BalanceField> = {
  low: 'balance.settings.invalidAmount',
  critical: (issue) => (ruleOf(issue) === CRITICAL_ABOVE_LOW ? 'balance.settings.criticalAboveLow' : 'balance.settings.invalidAmount'),
  intervalSeconds: 'balance.settings.invalidInterval'
}

function balanceErrors(input: Record<string, unknown>) {
  const parsed = BalanceSettingsInput.safeParse({ low: '5000', critical: '1000', intervalSeconds: 60, closeToTray: false, ...input })
  return parsed.success ? {} : fieldErrors(parsed.error.issues, BALANCE)
}

describe('fieldErrors', () => {
  it('gives each bad field its message key, and none to the good ones', () => {
    expect(balanceErrors({ low: 'lots', intervalSeconds: 5 })).toEqual({
      low: 'balance.settings.invalidAmount',
      intervalSeconds: 'balance.settings.invalidInterval'
    })
    expect(balanceErrors({})).toEqual({})
    expect(hasFieldErrors(balanceErrors({}))).toBe(false)
  })

  it('tells a cross-field rule from the field’s own checks', () => {
    expect(balanceErrors({ low: '1000', critical: '2000' })).toEqual({ critical: 'balance.settings.criticalAboveLow' })
    // Negative is critical's own rule (also a custom one), not "above low".
    expect(balanceErrors({ critical: '-5' })).toEqual({ critical: 'balance.settings.invalidAmount' })
    expect(balanceErrors({ critical: 'none' })).toEqual({ critical: 'balance.settings.invalidAmount' })
  })

  it('shows the first rule a field broke, and leaves issues about other things unplaced', () => {
    const parsed = ProfileDraft.safeParse({ name: ' ', environment: 'mars', appKey: 'a\u0001b', aesKey: 'x'.repeat(65), extra: 1 })
    expect(parsed.success).toBe(false)
    const errors = fieldErrors(parsed.error!.issues, {
      name: 'profiles.invalid.name',
      appKey: 'profiles.invalid.appKey',
      appSecret: 'profiles.invalid.appSecret',
      aesKey: 'profiles.invalid.aesKey'
    })
    expect(errors).toEqual({ name: 'profiles.invalid.name', appKey: 'profiles.invalid.appKey', aesKey: 'profiles.invalid.aesKey' })
    const picked: string[] = []
    fieldErrors(
      [
        { path: ['low'], code: 'invalid_format' },
        { path: ['low'], code: 'too_big' },
        { path: [], code: 'custom' },
        { path: [0], code: 'custom' },
        { path: ['toString'], code: 'custom' }
      ],
      {
        low: (issue) => {
          picked.push(issue.code)
          return 'balance.settings.invalidAmount'
        }
      }
    )
    expect(picked).toEqual(['invalid_format'])
  })

  it('every key a form can show is in the text system', () => {
    for (const key of ['balance.settings.invalidAmount', 'balance.settings.criticalAboveLow', 'balance.settings.invalidInterval']) {
      expect(MESSAGE_KEYS.has(key), key).toBe(true)
    }
  })
})
