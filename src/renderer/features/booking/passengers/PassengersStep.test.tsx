import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Problem } from '../../../../shared/passengers'
import { i18next, initI18n } from '../../../i18n'
import { emptyDrafts, EMPTY_CONTACT, fieldId } from './passengerDrafts'
import { PassengerForm, type PassengerFormProps } from './PassengerForm'
import { PassengersStep } from './PassengersStep'

const TRAVEL = { firstDate: '2026-12-20', lastDate: '2027-01-05' }
const nothing = () => undefined

const LABELS = ['Surname', 'Given names', 'Sex', 'Date of birth', 'Document type', 'Document number', 'Issuing country', 'Nationality', 'Document expiry']

function form(over: Partial<PassengerFormProps> = {}) {
  const drafts = emptyDrafts({ adults: 2, children: 1, infants: 1 })
  return renderToStaticMarkup(
    <PassengerForm
      drafts={drafts}
      index={0}
      language="en"
      today="2026-12-01"
      shown={new Map()}
      onEdit={nothing}
      onLeave={nothing}
      onMrz={nothing}
      onNameText={() => true}
      onNames={nothing}
      {...over}
    />
  )
}

/** The text of the label bound to a control id. */
const labelFor = (html: string, id: string) => new RegExp(`<label for="${id}">([^<]*)</label>`).exec(html)?.[1]

describe('the passengers step as drawn', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  it('is a region named Passengers, with a fieldset per passenger named by type and number, and Back and Continue', async () => {
    await i18next.changeLanguage('en')
    const html = renderToStaticMarkup(
      <PassengersStep
        drafts={emptyDrafts({ adults: 2, children: 1, infants: 1 })}
        onDrafts={nothing}
        contact={EMPTY_CONTACT}
        onContact={nothing}
        travel={TRAVEL}
        onContinue={nothing}
        onBack={nothing}
      />
    )
    expect(html).toMatch(/<section class="passengers-step" aria-labelledby="passengers-title"><h2 id="passengers-title">Passengers<\/h2>/)
    const legends = [...html.matchAll(/<legend[^>]*>([^<]*)<\/legend>/g)].map((m) => m[1])
    expect(legends).toEqual(['Adult 1', 'Adult 2', 'Child 1', 'Infant 1', 'Agency contact'])
    expect(html).toContain('>Continue</button>')
    expect(html).toContain('>Back</button>')
    expect(labelFor(html, 'contact-name')).toBe('Contact name')
    expect(labelFor(html, 'contact-areaCode')).toBe('Phone area code')
    expect(labelFor(html, 'contact-phone')).toBe('Phone number')
    expect(labelFor(html, 'contact-email')).toBe('Email')
    // A fresh step shows no error.
    expect(html).not.toContain('aria-invalid')
  })

  it('labels every field exactly, Travels with only for children and infants, and the paste helpers', async () => {
    await i18next.changeLanguage('en')
    const adult = form()
    LABELS.forEach((label, i) => {
      const field = ['surname', 'givenNames', 'sex', 'birthday', 'documentType', 'documentNumber', 'issuingCountry', 'nationality', 'documentExpiry'][i]!
      expect(labelFor(adult, fieldId(0, field as never)), field).toBe(label)
    })
    expect(adult).not.toContain('Travels with')
    expect(labelFor(adult, 'pax-0-mrz')).toBe('Paste MRZ')
    expect(labelFor(adult, 'pax-0-name-text')).toBe('Paste name (SURNAME/GIVEN)')
    const infant = form({ index: 3 })
    expect(labelFor(infant, fieldId(3, 'accompaniedBy'))).toBe('Travels with')
    // The infant was put with the first adult; both adults are offered.
    expect(infant).toMatch(/<option value="0" selected="">Adult 1<\/option><option value="1">Adult 2<\/option>/)
  })

  it('says a shown error in the field: invalid, described by the message, in the agent’s language', async () => {
    const problem: Problem = { passenger: 0, field: 'birthday', rule: 'age-adult', severity: 'error', params: { age: 11, date: '2026-12-20' } }
    const shown = new Map([[fieldId(0, 'birthday'), problem]])
    await i18next.changeLanguage('en')
    const en = form({ shown })
    expect(en).toMatch(/<input id="pax-0-birthday" aria-invalid="true" aria-describedby="pax-0-birthday-error"/)
    expect(en).toContain('<p class="field-error" id="pax-0-birthday-error">11 years old on 2026-12-20 (the first flight): an adult is 12 or older.')
    expect(en.match(/aria-invalid/g)).toHaveLength(1)
    await i18next.changeLanguage('zh-CN')
    const zh = form({ shown, language: 'zh-CN' })
    expect(zh).toContain('2026-12-20（首个航班）时为 11 岁：成人须年满 12 岁。')
    expect(labelFor(zh, fieldId(0, 'surname'))).toBe('姓')
    await i18next.changeLanguage('en')
  })

  it('a warning is said beside the field without marking it invalid', async () => {
    await i18next.changeLanguage('en')
    const problem: Problem = { passenger: 0, field: 'documentExpiry', rule: 'expiry-soon', severity: 'warning', params: { date: '2027-07-05' } }
    const html = form({ shown: new Map([[fieldId(0, 'documentExpiry'), problem]]) })
    expect(html).not.toContain('aria-invalid')
    expect(html).toMatch(/<input id="pax-0-documentExpiry" aria-describedby="pax-0-documentExpiry-hint"/)
    expect(html).toContain('<span class="field-warning">Under 6 months left after the trip (valid until before 2027-07-05)')
  })

  it('offers the countries by name and the document types in words', async () => {
    await i18next.changeLanguage('en')
    const html = form()
    expect(html).toContain('<option value="SG">Singapore</option>')
    expect(html).toContain('<option value="PP" selected="">Passport</option>')
    expect(html).toContain('<option value="F">Female</option>')
  })
})
