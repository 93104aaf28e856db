import { useEffect, useEffectEvent, useRef } from 'react'
import { isTypingTarget } from '../../../components/typingTarget'
import { resultsCommand, type ResultsCommand } from './resultsKeys'

/** Enter and Space keep their own meaning on a button, a link or a checkbox. */
function onControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, input, select, textarea, [role="button"]') !== null
}

/**
 * The results' keys for the whole screen while it is drawn (see resultsKeys.ts for which).
 * `run` answers whether it used the key; a used key does nothing else.
 */
export function useResultsKeys(run: (command: ResultsCommand, event: KeyboardEvent) => boolean): void {
  const afterSortPrefix = useRef(false)
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return
    const command = resultsCommand({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      inField: isTypingTarget(event.target),
      afterSortPrefix: afterSortPrefix.current
    })
    afterSortPrefix.current = command?.kind === 'sortPrefix'
    if (!command) return
    if ((command.kind === 'open' || command.kind === 'move') && onControl(event.target) && event.key !== 'j' && event.key !== 'k') return
    if (run(command, event)) event.preventDefault()
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
