import { useEffect } from 'react'
import { callDesk, onDeskEvent } from '../../desk/client'
import { useBalanceStore } from './balanceStore'

/** Loads the balance view once and follows main's balanceChanged events (mounted once, by the header indicator). */
export function useBalanceFeed(): void {
  const setView = useBalanceStore((s) => s.setView)
  const setLoadError = useBalanceStore((s) => s.setLoadError)
  useEffect(() => {
    let cancelled = false
    const unsubscribe = onDeskEvent('balanceChanged', setView)
    void callDesk('getBalance').then((result) => {
      if (cancelled) return
      if (result.ok) setView(result.value)
      else setLoadError(result.error)
    })
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [setView, setLoadError])
}
