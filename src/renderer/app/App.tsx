import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../components/ErrorNotice'
import { BalanceIndicator } from '../features/balance/BalanceIndicator'
import { BalanceScreen } from '../features/balance/BalanceScreen'
import { OrdersScreen } from '../features/orders/OrdersScreen'
import { SearchScreen } from '../features/search/SearchScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { useDeskStore } from '../stores/deskStore'
import { SCREENS, type Screen } from '../stores/navigation'
import { AccountBadge } from './AccountBadge'
import { StartupNotices } from './StartupNotices'
import { useNavigation } from './useNavigation'
import { useStartup } from './useStartup'

export function App() {
  useStartup()
  const go = useNavigation()
  const { t } = useTranslation()
  const app = useDeskStore((s) => s.app)
  const screen = useDeskStore((s) => s.screen)
  const shownScreen = useRef<Screen>(undefined)

  // A new screen takes focus at its title, so Tab continues in it (Ctrl+1…4, the links, the header balance).
  useEffect(() => {
    if (app.phase !== 'ready') return
    const previous = shownScreen.current
    shownScreen.current = screen
    if (previous !== undefined && previous !== screen) document.getElementById('screen-title')?.focus()
  }, [app.phase, screen])

  if (app.phase === 'loading') return <p className="startup">{t('app.loading')}</p>
  if (app.phase === 'failed') {
    return (
      <main className="startup">
        <ErrorNotice error={app.error} />
      </main>
    )
  }

  return (
    <div className="frame">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <AccountBadge />
        <div className="topbar-slot" id="balance-indicator-slot">
          <BalanceIndicator />
        </div>
      </header>
      <nav className="sidenav" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((name, index) => (
            <li key={name}>
              <a
                href={`#/${name}`}
                aria-current={screen === name ? 'page' : undefined}
                aria-keyshortcuts={`Control+${index + 1}`}
                title={t('nav.shortcut', { n: index + 1 })}
                onClick={(event) => {
                  event.preventDefault()
                  go(name)
                }}
              >
                {t(`nav.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <StartupNotices />
        {renderScreen(screen)}
      </main>
    </div>
  )
}

function renderScreen(screen: Screen) {
  switch (screen) {
    case 'search':
      return <SearchScreen />
    case 'orders':
      return <OrdersScreen />
    case 'balance':
      return <BalanceScreen />
    case 'settings':
      return <SettingsScreen />
    default: {
      const unreachable: never = screen
      return unreachable
    }
  }
}
