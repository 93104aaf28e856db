import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { momentText } from './format'

// The texts around the sort bar, each memoised on what it says: a sort or a filter draws the
// results area again in the frame that rewrites the rows, and a sort changes none of these.

/** How many offers are shown of how many came, read out when it changes. */
export const OffersCount = memo(function OffersCount({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation()
  return <p role="status">{total === 0 ? t('results.noOffers') : shown === 0 ? t('results.noneMatch') : t('results.summary', { shown, total })}</p>
})

/** Until when FR24 holds these prices (epoch ms). */
export const HeldUntil = memo(function HeldUntil({ expiresAt }: { expiresAt: number }) {
  const { t, i18n } = useTranslation()
  return <p className="muted small">{t('results.heldUntil', { time: momentText(i18n.language, expiresAt) })}</p>
})

/** The keys of the results, in one line. */
export const KeysHint = memo(function KeysHint() {
  const { t } = useTranslation()
  return <p className="keys-hint muted small">{t('results.keysHint')}</p>
})
