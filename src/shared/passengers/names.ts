/**
 * Names the way FR24 and the airlines take them. The agent types a passenger's names as the
 * passport prints them (Latin capitals; spaces and hyphens where the passport has them); FR24's
 * `name` is `SURNAME/GIVEN` with letters only (schema/input.ts PaxName), so spaces and hyphens are
 * dropped when it is built — "VAN DER BERG" / "JEAN-PIERRE" → "VANDERBERG/JEANPIERRE", the way
 * airline reservation systems write such names.
 */

/** What the agent may type in a name field, once tidied: Latin capitals, single spaces or hyphens between letters. */
export const LATIN_NAME = /^[A-Z]+(?:[ -][A-Z]+)*$/
export const MAX_NAME_LENGTH = 40

/** A typed name tidied: capitals, outer spaces gone, runs of spaces made one. Letters stay as typed (no accent is dropped silently). */
export function tidyName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase()
}

/** FR24's `SURNAME/GIVEN` (letters only). */
export function fr24Name(surname: string, givenNames: string): string {
  const letters = (name: string) => tidyName(name).replace(/[ -]/g, '')
  return `${letters(surname)}/${letters(givenNames)}`
}

/** Titles a GDS or an e-ticket puts after the given names ("ZHANG/SAN MR"): never part of the name. */
const TITLES = new Set(['MR', 'MRS', 'MS', 'MISS', 'MSTR', 'MISTER', 'DR', 'PROF', 'CHD', 'INF'])

export interface NameParts {
  surname: string
  givenNames: string
}

/**
 * A name pasted as one text, split into surname and given names: `ZHANG/SAN FENG` (the airline
 * way) or `Zhang, San` (the list way). A title at the end is dropped. Undefined when the text does
 * not say which part is the surname (no `/` or `,`), or one part is empty.
 */
export function splitNameText(text: string): NameParts | undefined {
  const tidy = tidyName(text)
  const match = /^([^/,]+)[/,]([^/,]+)$/.exec(tidy)
  if (!match) return undefined
  const surname = match[1]!.trim()
  const words = match[2]!.trim().split(' ')
  while (words.length > 1 && TITLES.has(words[words.length - 1]!)) words.pop()
  const givenNames = words.join(' ')
  if (surname === '' || givenNames === '') return undefined
  return { surname, givenNames }
}
