import { z } from 'zod'
import { amount, expected } from './kit'

/** The docs spell the currency key `accountCurency'` (typo and apostrophe); read every spelling. */
const CURRENCY_KEYS = ['accountCurrency', 'accountCurency', "accountCurency'"] as const

function withCurrency(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  const found = CURRENCY_KEYS.map((k) => record[k]).find((v) => v !== undefined && v !== null)
  return found === undefined ? record : { ...record, accountCurrency: found }
}

export const BalanceData = z.preprocess(
  withCurrency,
  z.looseObject({
    accountBalance: amount,
    availableCreditLimit: expected(amount),
    accountCurrency: expected(z.string()),
    accountPayable: expected(amount),
    /** `yyyy/MM/dd HH:mm:ss ` China time; read with parseServerTime. */
    time: expected(z.string())
  })
)
export type BalanceData = z.output<typeof BalanceData>
