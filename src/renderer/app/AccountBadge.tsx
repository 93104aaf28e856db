import { useTranslation } from 'react-i18next'

/**
 * The active account, always visible. Until account profiles land every desk runs on
 * the built-in Sandbox, so that is what it says.
 */
export function AccountBadge() {
  const { t } = useTranslation()
  return (
    <span className="account-badge env-sandbox" role="status" aria-label={t('account.label')} title={t('account.sandboxHint')}>
      {t('account.sandbox')}
    </span>
  )
}
