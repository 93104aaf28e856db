import { describe, expect, it } from 'vitest'
import { PassengerInput } from '../../../../shared/domain/booking'
import { MESSAGE_KEYS } from '../../../../shared/text'
import { COUNTRY_CODES } from './countries'
import { readDocumentDate, tidyDocumentDate } from './documentDates'
import { readMrz } from './mrz'
import {
  adultChoices,
  applyMrz,
  applyNameText,
  applyNames,
  checkDrafts,
  editField,
  emptyDrafts,
  fieldId,
  NO_INTERACTION,
  passengerOrdinal,
  shownProblems,
  toAgencyContact,
  toPassengerInputs,
  type DraftContext,
  type PassengerDraft
} from './passengerDrafts'

const TRAVEL = { firstDate: '2026-12-20', lastDate: '2027-01-05' }
const EN: DraftContext = { language: 'en', today: '2026-12-01', countries: COUNTRY_CODES }
const ZH: DraftContext = { ...EN, language: 'zh-CN' }

function filled(draft: PassengerDraft, over: Partial<PassengerDraft> = {}): PassengerDraft {
  const birthday = draft.paxType === 'ADT' ? '15/06/1985' : draft.paxType === 'CHD' ? '01/06/2018' : '10/01/2026'
  return {
    ...draft,
    surname: 'zhang',
    givenNames: 'san  feng',
    sex: 'M',
    birthday,
    documentNumber: 'e1234 5678',
    issuingCountry: 'CN',
    nationality: 'CN',
    documentExpiry: '01/03/2031',
    ...over
  }
}

describe('fresh drafts', () => {
  it('one per passenger, adults first; infants on adults of their own, children on the first adult with room', () => {
    const drafts = emptyDrafts({ adults: 2, children: 3, infants: 2 })
    expect(drafts.map((d) => [d.paxType, d.accompaniedBy])).toEqual([
      ['ADT', ''],
      ['ADT', ''],
      ['CHD', '0'],
      ['CHD', '0'],
      ['CHD', '1'],
      ['INF', '0'],
      ['INF', '1']
    ])
    expect(drafts.every((d) => d.documentType === 'PP' && d.surname === '')).toBe(true)
    // Nothing of the links is wrong before anything is typed.
    const links = checkDrafts(drafts, TRAVEL, EN).filter((p) => p.field === 'accompaniedBy')
    expect(links).toEqual([])
  })

  it('name each passenger by type and number', () => {
    const drafts = emptyDrafts({ adults: 2, children: 1, infants: 1 })
    expect(drafts.map((_, i) => passengerOrdinal(drafts, i))).toEqual([
      { paxType: 'ADT', n: 1 },
      { paxType: 'ADT', n: 2 },
      { paxType: 'CHD', n: 1 },
      { paxType: 'INF', n: 1 }
    ])
    const named = editField(editField(drafts, 1, 'surname', 'lee '), 1, 'givenNames', 'anna')
    expect(adultChoices(named)).toEqual([
      { index: 0, n: 1, name: '' },
      { index: 1, n: 2, name: 'LEE ANNA' }
    ])
  })
})

describe('editing', () => {
  it('changes one field of one passenger and nothing else', () => {
    const drafts = emptyDrafts({ adults: 2, children: 0, infants: 0 })
    const next = editField(drafts, 1, 'surname', 'Lee')
    expect(next[1]!.surname).toBe('Lee')
    expect(next[0]).toBe(drafts[0])
    expect(drafts[1]!.surname).toBe('')
  })

  it('splits a pasted SURNAME/GIVEN, and leaves the draft when it does not split', () => {
    const drafts = emptyDrafts({ adults: 1, children: 0, infants: 0 })
    expect(applyNameText(drafts, 0, 'ZHANG/SAN FENG MR')?.[0]).toMatchObject({ surname: 'ZHANG', givenNames: 'SAN FENG' })
    expect(applyNameText(drafts, 0, 'Lee, Anna')?.[0]).toMatchObject({ surname: 'LEE', givenNames: 'ANNA' })
    expect(applyNameText(drafts, 0, 'ZHANG SAN')).toBeUndefined()
    expect(applyNames(drafts, 0, { givenNames: 'XIAOMING' })[0]).toMatchObject({ surname: '', givenNames: 'XIAOMING' })
  })

  it('fills from an MRZ, dates written the agent’s way, and keeps what the MRZ lacks', () => {
    const mrz = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'
    const read = readMrz(mrz, EN.today)
    if (!read.ok) throw new Error('the specimen reads')
    const drafts = editField(emptyDrafts({ adults: 1, children: 0, infants: 0 }), 0, 'nationality', 'SE')
    const en = applyMrz(drafts, 0, read.passport, 'en')[0]!
    expect(en).toMatchObject({
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      sex: 'F',
      birthday: '12/08/1974',
      documentType: 'PP',
      documentNumber: 'L898902C3',
      documentExpiry: '15/04/2012',
      issuingCountry: '',
      nationality: 'SE'
    })
    expect(applyMrz(drafts, 0, read.passport, 'zh-CN')[0]).toMatchObject({ birthday: '1974-08-12', documentExpiry: '2012-04-15' })
  })
})

describe('typed dates of birth and expiry', () => {
  it('read per language, two-digit years placed for the kind of date', () => {
    expect(readDocumentDate('15/06/85', 'en', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '1985-06-15' })
    expect(readDocumentDate('15/06/25', 'en', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '2025-06-15' })
    expect(readDocumentDate('15/06/31', 'en', 'expiry', EN.today)).toEqual({ kind: 'date', iso: '2031-06-15' })
    expect(readDocumentDate('15JUN1985', 'en', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '1985-06-15' })
    expect(readDocumentDate('15 jun 85', 'zh-CN', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '1985-06-15' })
    expect(readDocumentDate('1985年6月15日', 'zh-CN', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '1985-06-15' })
    expect(readDocumentDate('1985/06/15', 'zh-CN', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '1985-06-15' })
    expect(readDocumentDate('19850615', 'en', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '1985-06-15' })
    expect(readDocumentDate('1985-06-15', 'en', 'birthday', EN.today)).toEqual({ kind: 'date', iso: '1985-06-15' })
    expect(readDocumentDate('15/06/1985', 'zh-CN', 'birthday', EN.today)).toEqual({ kind: 'unreadable' })
    expect(readDocumentDate('29/02/2025', 'en', 'birthday', EN.today)).toEqual({ kind: 'unreadable' })
    expect(readDocumentDate('06/1985', 'en', 'birthday', EN.today)).toEqual({ kind: 'unreadable' })
    expect(readDocumentDate(' ', 'en', 'birthday', EN.today)).toEqual({ kind: 'empty' })
    expect(tidyDocumentDate('1985-6-5', 'en', 'birthday', EN.today)).toBe('05/06/1985')
    expect(tidyDocumentDate('soon', 'en', 'birthday', EN.today)).toBe('soon')
  })
})

describe('to the passengers to book', () => {
  it('a filled party becomes the contract’s passengers: names tidied, dates ISO, links as indexes', () => {
    const drafts = emptyDrafts({ adults: 1, children: 1, infants: 1 }).map((d) => filled(d))
    const result = toPassengerInputs(drafts, TRAVEL, EN)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.passengers[0]).toEqual({
      paxType: 'ADT',
      surname: 'ZHANG',
      givenNames: 'SAN FENG',
      sex: 'M',
      birthday: '1985-06-15',
      documentType: 'PP',
      documentNumber: 'E12345678',
      issuingCountry: 'CN',
      nationality: 'CN',
      documentExpiry: '2031-03-01'
    })
    expect(result.passengers[1]).toMatchObject({ paxType: 'CHD', birthday: '2018-06-01', accompaniedBy: 0 })
    expect(result.passengers[2]).toMatchObject({ paxType: 'INF', birthday: '2026-01-10', accompaniedBy: 0 })
    for (const passenger of result.passengers) expect(PassengerInput.safeParse(passenger).success).toBe(true)
    expect(result.warnings).toEqual([])
  })

  it('the same party typed the Chinese way', () => {
    const drafts = emptyDrafts({ adults: 1, children: 0, infants: 0 }).map((d) => filled(d, { birthday: '1985-06-15', documentExpiry: '2031年3月1日' }))
    const result = toPassengerInputs(drafts, TRAVEL, ZH)
    expect(result.ok && result.passengers[0]!.documentExpiry).toBe('2031-03-01')
  })

  it('refused with the problems while a rule is broken; a warning alone does not stop it', () => {
    const drafts = emptyDrafts({ adults: 1, children: 0, infants: 0 }).map((d) => filled(d, { surname: '张', birthday: '15/13/1985' }))
    const refused = toPassengerInputs(drafts, TRAVEL, EN)
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.problems.map((p) => [p.field, p.rule])).toEqual([
      ['surname', 'name-latin'],
      ['birthday', 'birthday-format']
    ])
    const soon = toPassengerInputs([filled(drafts[0]!, { surname: 'ZHANG', birthday: '15/06/1985', documentExpiry: '01/05/2027' })], TRAVEL, EN)
    expect(soon.ok).toBe(true)
    expect(soon.ok && soon.warnings.map((w) => w.rule)).toEqual(['expiry-soon'])
  })

  it('a country the list does not know is refused', () => {
    const drafts = emptyDrafts({ adults: 1, children: 0, infants: 0 }).map((d) => filled(d, { nationality: 'ZZ' }))
    const result = toPassengerInputs(drafts, TRAVEL, EN)
    expect(result.ok ? [] : result.problems.map((p) => p.rule)).toEqual(['country-unknown'])
  })
})

describe('which problems are shown', () => {
  const drafts = emptyDrafts({ adults: 1, children: 0, infants: 0 }).map((d) => filled(d, { surname: '张', documentNumber: '12' }))
  const problems = checkDrafts(drafts, TRAVEL, EN)

  it('none on a fresh form; a wrong character as it is typed; the rest once the field is left or Continue pressed', () => {
    expect(shownProblems(problems, NO_INTERACTION).size).toBe(0)
    const typing = shownProblems(problems, { ...NO_INTERACTION, edited: new Set([fieldId(0, 'surname'), fieldId(0, 'documentNumber')]) })
    expect([...typing.keys()]).toEqual(['pax-0-surname'])
    const left = shownProblems(problems, { ...NO_INTERACTION, left: new Set([fieldId(0, 'documentNumber')]) })
    expect([...left.values()].map((p) => p.rule)).toEqual(['document-number-shape'])
    const all = shownProblems(problems, { ...NO_INTERACTION, submitted: true })
    expect([...all.keys()].sort()).toEqual(['pax-0-documentNumber', 'pax-0-surname'])
  })

  it('an error before a warning on the same field', () => {
    const both = shownProblems(
      [
        { passenger: 0, field: 'documentExpiry', rule: 'expiry-soon', severity: 'warning', params: {} },
        { passenger: 0, field: 'documentExpiry', rule: 'expiry-format', severity: 'error', params: {} }
      ],
      { ...NO_INTERACTION, submitted: true }
    )
    expect(both.get('pax-0-documentExpiry')?.rule).toBe('expiry-format')
  })
})

describe('the agency contact', () => {
  it('is the contract’s contact once every field is right', () => {
    expect(toAgencyContact({ name: ' Lion Travel ', areaCode: '+65', phone: '6123 4567', email: 'desk@lion.example' })).toEqual({
      ok: true,
      contact: { name: 'Lion Travel', areaCode: '65', phone: '6123 4567', email: 'desk@lion.example' }
    })
  })

  it('says each wrong field in the form kit’s way', () => {
    const result = toAgencyContact({ name: '', areaCode: '6a', phone: '12', email: 'nobody' })
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'passengers.contact.invalid.name',
        areaCode: 'passengers.contact.invalid.areaCode',
        phone: 'passengers.contact.invalid.phone',
        email: 'passengers.contact.invalid.email'
      }
    })
    if (!result.ok) for (const key of Object.values(result.errors)) expect(MESSAGE_KEYS.has(key)).toBe(true)
  })
})
