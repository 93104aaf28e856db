import { useTranslation } from 'react-i18next'
import { Placeholder } from '../../components/Placeholder'
import type { BookStep } from '../../navigation/routes'

export interface BookScreenProps {
  searchId: string
  offerId: string
  step: BookStep
}

/** Booking one offer of one search, step by step (`#/book/<searchId>/<offerId>/<step>`); arrives with booking. */
export function BookScreen(_props: BookScreenProps) {
  const { t } = useTranslation()
  return <Placeholder title={t('booking.title')} text={t('booking.comingSoon')} />
}
