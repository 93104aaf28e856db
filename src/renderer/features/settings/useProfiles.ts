import { useEffect, useState } from 'react'
import type { DeskError } from '../../../shared/errors'
import { callDesk, onDeskEvent } from '../../desk/client'
import { useProfileStore } from '../../stores/profiles'

/** Loads the profiles and follows main's profilesChanged events while mounted. */
export function useProfiles(): { loadError: DeskError | undefined } {
  const setList = useProfileStore((s) => s.setList)
  const [loadError, setLoadError] = useState<DeskError>()

  useEffect(() => {
    let cancelled = false
    const unsubscribe = onDeskEvent('profilesChanged', setList)
    void callDesk('listProfiles').then((result) => {
      if (cancelled) return
      if (result.ok) setList(result.value)
      else setLoadError(result.error)
    })
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [setList])

  return { loadError }
}
