import type { DocumentType } from '../domain/booking'

/**
 * What each of FR24's document types (cardType) looks like, so a mistyped number is caught in the
 * field rather than by the airline. Shapes are kept loose where the issuers vary them (a valid
 * document must never be refused); the reasons are in docs/fr24-inferences.md "Passenger documents".
 */
export const DOCUMENT_SHAPES: Readonly<Record<DocumentType, RegExp>> = {
  // Passports: every issuer has its own; 5–20 letters and digits with at least one digit (FR24 takes 20).
  PP: /^(?=[A-Z0-9]*\d)[A-Z0-9]{5,20}$/,
  // Resident identity card of the PRC: 17 digits and a check character (digit or X).
  ID: /^\d{17}[\dX]$/,
  // Mainland travel permit for Hong Kong and Macau: a letter and 8 characters (C12345678, CA1234567).
  GA: /^[A-Z][A-Z0-9]\d{7}$/,
  // Mainland travel permit for Taiwan (an inference: FR24 does not word TW): a letter and 8 digits.
  TW: /^[A-Z]\d{8}$/,
  // Taiwan compatriot permit: 8 digits (the card), 10 on older booklets.
  TB: /^\d{8}(?:\d{2})?$/,
  // Home-return permit: H (Hong Kong) or M (Macau) and 8 digits, sometimes 2 more (the issue count).
  HX: /^[HM]\d{8}(?:\d{2})?$/,
  // Foreign permanent resident ID card (an inference for HY): the 2017 card (3 letters, 12 digits) or the 2023 one (18 digits from 9).
  HY: /^(?:[A-Z]{3}\d{12}|9\d{16}[\dX])$/
}

/** A typed document number tidied: capitals, no spaces (passports print some with spaces). */
export function tidyDocumentNumber(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '').toUpperCase()
}

export function documentShapeOk(type: DocumentType, number: string): boolean {
  return DOCUMENT_SHAPES[type].test(number)
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** The PRC resident ID's last character is a check over the first 17 (GB 11643, ISO 7064 MOD 11-2). */
export function residentIdCheckOk(number: string): boolean {
  if (!/^\d{17}[\dX]$/.test(number)) return false
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(number[i]), 0)
  return ID_CHECK[sum % 11] === number[17]
}
