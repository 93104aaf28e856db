/**
 * Whether a key press lands where characters are being typed: a text input, a text area, a
 * select, editable text. Single-key shortcuts (`/`, `?`, j/k) and Alt+←/→ (which moves the caret
 * by word on macOS) stand back there; buttons, checkboxes and radios are not typing places.
 * The one definition every keyboard hook in the window uses.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type)
}
