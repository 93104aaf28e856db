import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from './Modal'
import { SHORTCUT_GROUPS } from './shortcuts'

/** `?`: every shortcut of the desk in one list. Escape or Close ends it; focus goes back where it was. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  return (
    <Modal labelledBy="shortcut-sheet-title" className="shortcut-sheet" onClose={onClose}>
      <div className="modal-head">
        <h2 id="shortcut-sheet-title">{t('shortcuts.title')}</h2>
        <button ref={close} type="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
          <h3 id={`shortcuts-${group.title}`}>{t(group.title)}</h3>
          <dl className="shortcut-list">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.what} className="shortcut">
                <dt>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ', '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                  {shortcut.then && (
                    <>
                      {' '}
                      {t('shortcuts.then')} <kbd>{shortcut.then}</kbd>
                    </>
                  )}
                </dt>
                <dd>{t(shortcut.what)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  )
}
