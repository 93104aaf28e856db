import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeskError } from '../../shared/errors'

/**
 * Every error the agent sees: what happened, what to do next, and FR24's code and trace id to quote.
 * It is an alert unless `live` is false (when a status line next to it already says it).
 */
export function ErrorNotice({ error, onDismiss, live = true }: { error: DeskError; onDismiss?: () => void; live?: boolean }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const details = [error.message, error.code && `code ${error.code}`, error.traceId && `traceId ${error.traceId}`]
    .filter(Boolean)
    .join(' · ')
  return (
    <div role={live ? 'alert' : undefined} className={`notice notice-error kind-${error.kind}`}>
      <p className="notice-message">{error.message}</p>
      {error.action && <p className="notice-action">{t(`action.${error.action}`)}</p>}
      {(error.code || error.traceId) && (
        <p className="notice-ids">
          {error.code && <span data-testid="error-code">{t('error.code', { code: error.code })}</span>}
          {error.traceId && <span data-testid="error-trace">{t('error.traceId', { traceId: error.traceId })}</span>}
        </p>
      )}
      <div className="notice-buttons">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(details)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {copied ? t('error.copied') : t('error.copy')}
        </button>
        {onDismiss && (
          <button type="button" onClick={onDismiss}>
            {t('error.dismiss')}
          </button>
        )}
      </div>
    </div>
  )
}
