import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NameParts } from '../../../../shared/passengers'
import { hasChinese, suggestLatin, type NameField } from './transliterate'

/**
 * Under a name field holding Chinese characters: the Latin spelling the desk suggests, and a
 * button to take it. Nothing changes in the field until the agent presses it.
 */
export function LatinSuggestion({ field, typed, onUse }: { field: NameField; typed: string; onUse(parts: Partial<NameParts>): void }) {
  const { t } = useTranslation()
  const [suggestion, setSuggestion] = useState<{ typed: string; parts: Partial<NameParts> } | undefined>(undefined)
  const chinese = hasChinese(typed)

  useEffect(() => {
    if (!chinese) return
    let current = true
    void suggestLatin(field, typed).then((parts) => {
      if (current) setSuggestion(parts ? { typed, parts } : undefined)
    })
    return () => {
      current = false
    }
  }, [chinese, field, typed])

  // A suggestion for what is no longer typed is not shown.
  if (!chinese || !suggestion || suggestion.typed !== typed) return null
  const { surname, givenNames } = suggestion.parts
  const name = [surname, givenNames].filter(Boolean).join(' / ')
  return (
    <div className="latin-suggestion" role="status">
      <span>{t('passengers.latin.suggestion', { name })}</span>{' '}
      <button type="button" onClick={() => onUse(suggestion.parts)}>
        {t('passengers.latin.use', { name })}
      </button>{' '}
      <span className="muted small">{t('passengers.latin.note')}</span>
    </div>
  )
}
