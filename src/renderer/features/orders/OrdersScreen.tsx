import { useTranslation } from 'react-i18next'
import { Placeholder } from '../../components/Placeholder'

export function OrdersScreen() {
  const { t } = useTranslation()
  return <Placeholder title={t('orders.title')} text={t('orders.comingSoon')} />
}
