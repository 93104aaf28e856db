import { useTranslation } from 'react-i18next'
import { isHurry, remaining } from './flow/countdown'

/** The price check's window, counting down; the store re-prices the moment it lapses. */
export function WindowCountdown({ endsAt, now }: { endsAt: number; now: number }) {
  const { t } = useTranslation()
  const left = remaining(endsAt, now)
  return (
    <p className={`book-window${isHurry(left) ? ' hurry' : ''}${left.kind === 'expired' ? ' expired' : ''}`} title={t('booking.window.hint')}>
      {/* A timer is not read out every second (its live region is off); the text is there when asked. */}
      <span role="timer" data-testid="price-window">
        {left.kind === 'expired' ? t('booking.window.expired') : t('booking.window.left', { time: left.text })}
      </span>
    </p>
  )
}
