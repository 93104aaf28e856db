import type { ReactNode } from 'react'

/** What the control in a Field must carry so assistive technology reads it with its label and error. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

export function fieldErrorId(id: string): string {
  return `${id}-error`
}

export function fieldHintId(id: string): string {
  return `${id}-hint`
}

/**
 * One labelled form field: the label, the control (drawn by the caller with the props it is
 * given), and under it either its hint or, while the field is wrong, the error. Each error
 * names the rule the hint states, so the error takes the hint's place and is the field's
 * description; what the agent typed stays in the control.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children
}: {
  id: string
  label: ReactNode
  /** The message in the agent's language, or nothing while the field is fine. */
  error?: string | undefined
  hint?: ReactNode
  children: (control: FieldControlProps) => ReactNode
}) {
  const described = error ? fieldErrorId(id) : hint ? fieldHintId(id) : undefined
  return (
    <div className="field">
      <div className="field-row">
        <label htmlFor={id}>{label}</label>
        {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      </div>
      {error ? (
        <p className="field-error" id={fieldErrorId(id)}>
          {error}
        </p>
      ) : (
        hint && (
          <p className="muted field-hint" id={fieldHintId(id)}>
            {hint}
          </p>
        )
      )}
    </div>
  )
}
