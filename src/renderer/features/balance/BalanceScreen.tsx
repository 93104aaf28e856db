import { useTranslation } from 'react-i18next'
import { Placeholder } from '../../components/Placeholder'

export function BalanceScreen() {
  const { t } = useTranslation()
  return <Placeholder title={t('balance.title')} text={t('balance.comingSoon')} />
}
