import { en, type Strings } from './en'

/** The dotted path of every sentence in the dictionaries, e.g. 'error.copy' or 'fr24.failure.timeout'. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type MessageKey = Leaves<Strings>

function leaves(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

/** Every key, read from the English dictionary (the one every other language is typed against). */
export const MESSAGE_KEYS: ReadonlySet<string> = new Set(leaves(en, ''))

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && MESSAGE_KEYS.has(value)
}
