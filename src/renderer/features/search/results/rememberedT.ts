import type { TFunction } from 'i18next'

const sentences = new Map<string, Map<string, string>>()
/** Past this many sentences in one language the list starts again (prices make most sentences unique). */
const MAX_SENTENCES = 20_000

/**
 * `t`, remembering each sentence per language: the rows of one answer say the same durations,
 * stops, layovers, cabins and warnings over and over, the filters and the matrix the same labels
 * and counts on every click, and one translation with its interpolation costs several microseconds
 * (about 17 of them a row, a hundred in the filters).
 */
export function rememberingT(t: TFunction, language: string): TFunction {
  let said = sentences.get(language)
  if (!said || said.size > MAX_SENTENCES) {
    said = new Map()
    sentences.set(language, said)
  }
  const known = said
  const remembering = (key: string, options?: Record<string, unknown>): string => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`
    let sentence = known.get(id)
    if (sentence === undefined) {
      sentence = String(t(key, options as never))
      known.set(id, sentence)
    }
    return sentence
  }
  // Only ever called as t(key) or t(key, values) with plain values, as the results' texts call it.
  return remembering as unknown as TFunction
}
