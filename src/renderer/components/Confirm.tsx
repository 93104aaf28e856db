import { useEffect, useId, useRef, type ReactNode } from 'react'

/**
 * An inline confirmation for something that cannot be undone or that is real money.
 * It takes focus on its confirm button (Enter confirms), Escape anywhere in it cancels;
 * the caller puts focus back where the agent was.
 */
export function Confirm({
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  production = false
}: {
  message: ReactNode
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  production?: boolean
}) {
  const id = useId()
  const confirmButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    confirmButton.current?.focus()
  }, [])
  return (
    <div
      className={`confirm${production ? ' confirm-production' : ''}`}
      role="group"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || busy) return
        event.preventDefault()
        event.stopPropagation()
        onCancel()
      }}
    >
      <p id={id}>{message}</p>
      <div className="form-buttons">
        {/* aria-disabled, not disabled: focus stays on the button while the call runs. */}
        <button
          ref={confirmButton}
          type="button"
          className="danger"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
          onClick={() => {
            if (!busy) onConfirm()
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
      </div>
    </div>
  )
}
