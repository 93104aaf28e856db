import { useCallback, type RefObject } from 'react'
import { useFocusLater } from '../focus'

/** The first control marked invalid, in the form's own order (the order the agent reads it). */
export function firstInvalid(form: ParentNode | null | undefined): HTMLElement | undefined {
  return form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? undefined
}

/** Focuses the form's first invalid control; false when there is none. */
export function focusFirstInvalid(form: ParentNode | null | undefined): boolean {
  const target = firstInvalid(form)
  target?.focus()
  return target !== undefined
}

/**
 * Focus the first invalid field once React has drawn the errors just set, so the field is
 * read out with its error.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const focusLater = useFocusLater()
  return useCallback(() => focusLater(() => firstInvalid(form.current)), [focusLater, form])
}
