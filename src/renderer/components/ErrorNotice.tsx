import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Language } from '../../shared/domain/app'
import type { DeskError } from '../../shared/errors'
import { translate } from '../../shared/text'

/**
 * Every error the agent sees: what happened (in the desk's language when main sent the sentence's
 * key, else main's English), what to do next, and FR24's code and trace id to quote.
 * It is an alert unless `live` is false (when a status line next to it already says it).
 */
export function ErrorNotice({ error, onDismiss, live = true }: { error: DeskError; onDismiss?: () => void; live?: boolean }) {
  const { t, i18n } = useTranslation()
  const [copied, setCopied] = useState(false)
  const language = Language.safeParse(i18n.language)
  const said = error.messageKey ? translate(language.success ? language.data : 'en', error.messageKey, error.params) : error.message
  // Support reads the English sentence, so the copied details keep it.
  const details = [error.message, error.code && `code ${error.code}`, error.traceId && `traceId ${error.traceId}`]
    .filter(Boolean)
    .join(' · ')
  return (
    <div role={live ? 'alert' : undefined} className={`notice notice-error kind-${error.kind}`}>
      <p className="notice-message">{said}</p>
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
