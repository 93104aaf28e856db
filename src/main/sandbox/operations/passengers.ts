import { countryCode } from '../world/countries'
import { decryptPassengers } from '../http/crypto'
import { Code, badParameter, fault } from '../http/errors'
import { airport } from '../world/geo'
import { ageOn, parseDate } from '../world/time'
import type { Passenger } from '../state/state'
import type { PaxCounts, Segment } from '../world/types'

/**
 * Booking passengers: AES-decrypted with the account's key, then checked
 * against FR24's documented rules (docs/fr24-inferences.md §8). A field that
 * is missing or malformed answers 10100010 naming it; a rule broken answers
 * 10100021 saying which rule.
 */

const CARD_TYPES = new Set(['ID', 'PP', 'GA', 'TW', 'TB', 'HX', 'HY'])
const NAME = /^[A-Z]+\/[A-Z]+$/

function rule(message: string): never {
  fault(Code.passengerRule, `passenger rule: ${message}`)
}

function text(raw: Record<string, unknown>, key: string, field: string, required: boolean): string {
  const value = raw[key]
  if (value === undefined || value === null || value === '') {
    if (required) badParameter(`${field}.${key}`, 'is required')
    return ''
  }
  if (typeof value !== 'string' && typeof value !== 'number') badParameter(`${field}.${key}`, 'must be a string')
  return String(value)
}

export function readPassengers(cipherText: string, aesKey: string): unknown[] {
  let plain: string
  try {
    plain = decryptPassengers(cipherText, aesKey)
  } catch {
    fault(Code.passengersUnreadable, 'passengers could not be decrypted with the account AES key')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(plain)
  } catch {
    fault(Code.passengersUnreadable, 'passengers decrypted to something that is not JSON (wrong AES key?)')
  }
  if (!Array.isArray(parsed)) badParameter('passengers', 'must decrypt to a JSON array')
  return parsed
}

/** Parses and validates passengers for a journey; returns them with counts by type. */
export function checkPassengers(list: unknown[], segments: readonly Segment[]): { passengers: Passenger[]; counts: PaxCounts } {
  if (list.length === 0) badParameter('passengers', 'must list at least one passenger')
  const passengers: Passenger[] = list.map((item, i) => {
    const field = `passengers[${i}]`
    if (typeof item !== 'object' || item === null || Array.isArray(item)) badParameter(field, 'must be an object')
    const raw = item as Record<string, unknown>
    const paxType = text(raw, 'paxType', field, true)
    if (paxType !== 'ADT' && paxType !== 'CHD' && paxType !== 'INF') badParameter(`${field}.paxType`, 'must be ADT, CHD or INF')
    const birthday = text(raw, 'birthday', field, true)
    if (!parseDate(birthday)) badParameter(`${field}.birthday`, 'must be a YYYY-MM-DD date')
    const gender = text(raw, 'gender', field, true)
    if (gender !== 'M' && gender !== 'F') badParameter(`${field}.gender`, 'must be M or F')
    const cardType = text(raw, 'cardType', field, true)
    if (!CARD_TYPES.has(cardType)) badParameter(`${field}.cardType`, 'must be one of ID, PP, GA, TW, TB, HX, HY')
    const cardExpiryDate = text(raw, 'cardExpiryDate', field, false)
    if (cardExpiryDate && !parseDate(cardExpiryDate)) badParameter(`${field}.cardExpiryDate`, 'must be a YYYY-MM-DD date')
    const nationality = text(raw, 'nationality', field, false)
    if (nationality.length > 2) badParameter(`${field}.nationality`, 'must be a 2-letter country code')
    return {
      paxId: text(raw, 'paxId', field, true),
      name: text(raw, 'name', field, true),
      paxType,
      birthday,
      gender,
      cardNum: text(raw, 'cardNum', field, true),
      cardType,
      cardIssuedPlace: text(raw, 'cardIssuedPlace', field, false),
      cardExpiryDate,
      nationality,
      paxEmail: text(raw, 'paxEmail', field, false),
      paxMobile: text(raw, 'paxMobile', field, false),
      areaCode: text(raw, 'areaCode', field, false),
      accompaniedPaxId: text(raw, 'accompaniedPaxId', field, false)
    }
  })

  const counts: PaxCounts = {
    adultNum: passengers.filter((p) => p.paxType === 'ADT').length,
    childNum: passengers.filter((p) => p.paxType === 'CHD').length,
    infantNum: passengers.filter((p) => p.paxType === 'INF').length
  }
  if (passengers.length > 9) rule('at most 9 passengers per booking')
  if (counts.adultNum === 0) rule('at least one adult (ADT) is required')
  if (counts.childNum > 2 * counts.adultNum) rule('children (CHD) must not exceed 2 × adults')

  const ids = new Set<string>()
  for (const p of passengers) {
    if (ids.has(p.paxId)) rule(`paxId ${p.paxId} is used twice`)
    ids.add(p.paxId)
  }

  const first = segments[0]
  const last = segments[segments.length - 1]
  const departure = first ? first.depTime.slice(0, 10) : ''
  const lastFlight = last ? last.arrTime.slice(0, 10) : departure
  const domesticChina = segments.every((s) => {
    const from = airport(s.depAirport)
    const to = airport(s.arrAirport)
    return from !== undefined && to !== undefined && countryCode(from.country) === 'CN' && countryCode(to.country) === 'CN'
  })

  const escorted = new Map<string, { chd: number; inf: number }>()
  for (const p of passengers) {
    if (!NAME.test(p.name)) rule(`name of passenger ${p.paxId} must be SURNAME/GIVEN in English capitals without spaces`)
    if (p.cardNum.length > 20) rule(`cardNum of passenger ${p.paxId} must be at most 20 characters`)
    if (p.cardType === 'ID' && !domesticChina) rule(`cardType ID (national ID) of passenger ${p.paxId} is accepted on domestic China routes only`)
    const age = ageOn(p.birthday, departure)
    if (age === null || age < 0) rule(`birthday of passenger ${p.paxId} is after the departure date`)
    if (p.paxType === 'INF' && age >= 2) rule(`passenger ${p.paxId} is ${age} at departure: infants (INF) must be under 2`)
    if (p.paxType === 'CHD' && (age < 2 || age >= 12)) rule(`passenger ${p.paxId} is ${age} at departure: children (CHD) must be 2 to under 12`)
    if (p.paxType === 'ADT' && age < 12) rule(`passenger ${p.paxId} is ${age} at departure: adults (ADT) must be 12 or older`)
    if (p.cardExpiryDate && p.cardExpiryDate < lastFlight) rule(`document of passenger ${p.paxId} expires (${p.cardExpiryDate}) before the last flight (${lastFlight})`)
    if (p.paxType === 'ADT') continue
    if (!p.accompaniedPaxId) rule(`accompaniedPaxId is required for ${p.paxType} passenger ${p.paxId}`)
    const adult = passengers.find((q) => q.paxId === p.accompaniedPaxId)
    if (!adult || adult.paxType !== 'ADT') rule(`accompaniedPaxId ${p.accompaniedPaxId} of passenger ${p.paxId} must name an adult (ADT) in this booking`)
    const load = escorted.get(adult.paxId) ?? { chd: 0, inf: 0 }
    if (p.paxType === 'CHD') load.chd++
    else load.inf++
    escorted.set(adult.paxId, load)
    if (load.chd > 2) rule(`adult ${adult.paxId} accompanies more than 2 children`)
    if (load.inf > 1) rule(`adult ${adult.paxId} accompanies more than 1 infant`)
  }
  return { passengers, counts }
}

/** `*****5678`: one star per hidden character, last four shown (fr24-inferences §6 orderDetail). */
export function maskCard(cardNum: string): string {
  if (cardNum.length <= 4) return cardNum
  return '*'.repeat(cardNum.length - 4) + cardNum.slice(-4)
}
