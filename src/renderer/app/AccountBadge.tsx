import { useTranslation } from 'react-i18next'
import { activeProfile, useProfileStore } from '../stores/profiles'

/**
 * The active account, always in view. Its colour and word say the environment, so
 * nobody mistakes Production for practice: the Sandbox is purple, Production red.
 */
export function AccountBadge() {
  const { t } = useTranslation()
  const profile = activeProfile(useProfileStore((s) => s.list))
  const environment = profile?.environment ?? 'sandbox'
  const label = t(`account.${environment}`)
  // The built-in Sandbox is named by the environment word, in the agent's language.
  const name = profile && !profile.builtIn ? `${profile.name} · ${label}` : label
  return (
    <span
      className={`account-badge env-${environment}`}
      role="status"
      aria-label={t('account.label')}
      data-environment={environment}
      title={t(environment === 'production' ? 'account.productionHint' : environment === 'sandbox' ? 'account.sandboxHint' : 'account.test')}
    >
      {name}
    </span>
  )
}
