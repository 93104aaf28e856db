import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Field } from './Field'

const draw = (props: { error?: string; hint?: string }) =>
  renderToStaticMarkup(
    <Field id="f-low" label="Low at or below" {...props}>
      {(control) => <input {...control} defaultValue="lots" />}
    </Field>
  )

describe('Field', () => {
  it('labels the control and, while it is fine, describes it by its hint', () => {
    const html = draw({ hint: 'From 30 to 3600 seconds.' })
    expect(html).toContain('<label for="f-low">Low at or below</label>')
    expect(html).toMatch(/<input id="f-low" aria-describedby="f-low-hint" value="lots"\/>/)
    expect(html).not.toContain('aria-invalid')
    expect(html).toContain('<p class="muted field-hint" id="f-low-hint">From 30 to 3600 seconds.</p>')
  })

  it('marks a wrong control invalid and describes it by its error, which takes the hint’s place', () => {
    const html = draw({ hint: 'From 30 to 3600 seconds.', error: 'Enter 30 to 3600 seconds.' })
    expect(html).toMatch(/<input id="f-low" aria-invalid="true" aria-describedby="f-low-error" value="lots"\/>/)
    expect(html).toContain('<p class="field-error" id="f-low-error">Enter 30 to 3600 seconds.</p>')
    expect(html).not.toContain('field-hint')
  })

  it('without hint or error the control has no description', () => {
    const html = draw({})
    expect(html).toMatch(/<input id="f-low" value="lots"\/>/)
    expect(html).not.toContain('<p')
  })
})
