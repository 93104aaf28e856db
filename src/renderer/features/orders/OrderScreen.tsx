import { useTranslation } from 'react-i18next'
import { Placeholder } from '../../components/Placeholder'

/** One order (`#/order/<orderNo>`): its details, tickets and after-sale actions arrive with the orders release. */
export function OrderScreen({ orderNo }: { orderNo: string }) {
  const { t } = useTranslation()
  return <Placeholder title={t('order.title', { orderNo })} text={t('order.comingSoon')} />
}
