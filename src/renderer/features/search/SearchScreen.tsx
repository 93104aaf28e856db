import { useTranslation } from 'react-i18next'
import { Placeholder } from '../../components/Placeholder'

export function SearchScreen() {
  const { t } = useTranslation()
  return <Placeholder title={t('search.title')} text={t('search.comingSoon')} />
}
