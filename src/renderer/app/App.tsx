import { lazy, Suspense, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../components/ErrorNotice'
import { BalanceIndicator } from '../features/balance/BalanceIndicator'
import { SearchScreen } from '../features/search/SearchScreen'
import { Link } from '../navigation/Link'
import { focusTargetId, MAIN_SCREENS, mainScreenOf, routeHref, type Route } from '../navigation/routes'
import { useRoute } from '../navigation/useRoute'
import { AccountBadge } from './AccountBadge'
import { Overlays } from './Overlays'
import { focusWhenShown } from './focusWhenShown'
import { LATER_SCREENS, preloadLaterScreens } from './laterScreens'
import { StartupNotices } from './StartupNotices'
import { useNavigationKeys } from './useNavigationKeys'
import { useStartup } from './useStartup'

export function App() {
  const app = useStartup()
  useNavigationKeys()
  const { t } = useTranslation()
  const route = useRoute()
  const href = routeHref(route)
  const shownHref = useRef<string>(undefined)

  // A new place takes focus at its title (or the section a link named), so Tab continues in it:
  // Ctrl+1…4, the links, the header balance, Back and Forward alike.
  useEffect(() => {
    if (app.phase !== 'ready') return
    const previous = shownHref.current
    shownHref.current = href
    const opened = previous !== undefined ? previous !== href : route.screen === 'settings' && route.section !== undefined
    if (opened) return focusWhenShown(focusTargetId(route))
  }, [app.phase, href, route])

  // The screens not shown first are chunks of their own; fetch them once the desk is up, so opening one waits for nothing.
  useEffect(() => {
    if (app.phase === 'ready') preloadLaterScreens()
  }, [app.phase])

  if (app.phase === 'loading') return <p className="startup">{t('app.loading')}</p>
  if (app.phase === 'failed') {
    return (
      <main className="startup">
        <ErrorNotice error={app.error} />
      </main>
    )
  }

  const current = mainScreenOf(route)
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
          {MAIN_SCREENS.map((screen, index) => (
            <li key={screen}>
              <Link
                to={{ screen }}
                aria-current={current === screen ? 'page' : undefined}
                aria-keyshortcuts={`Control+${index + 1}`}
                title={t('nav.shortcut', { n: index + 1 })}
              >
                {t(`nav.${screen}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <StartupNotices />
        {/* Keyed by screen: the old screen leaves the document while the next one's chunk loads, so its title (same id) is never the one focused. */}
        <Suspense key={route.screen} fallback={<p className="screen-loading">{t('app.loadingScreen')}</p>}>
          {renderScreen(route)}
        </Suspense>
      </main>
      <Overlays />
    </div>
  )
}

const { BookScreen, OrderScreen, OrdersScreen, BalanceScreen, SettingsScreen } = {
  BookScreen: lazy(() => LATER_SCREENS.book().then((m) => ({ default: m.BookScreen }))),
  OrderScreen: lazy(() => LATER_SCREENS.order().then((m) => ({ default: m.OrderScreen }))),
  OrdersScreen: lazy(() => LATER_SCREENS.orders().then((m) => ({ default: m.OrdersScreen }))),
  BalanceScreen: lazy(() => LATER_SCREENS.balance().then((m) => ({ default: m.BalanceScreen }))),
  SettingsScreen: lazy(() => LATER_SCREENS.settings().then((m) => ({ default: m.SettingsScreen })))
}

function renderScreen(route: Route) {
  switch (route.screen) {
    case 'search':
      return <SearchScreen />
    case 'orders':
      return <OrdersScreen />
    case 'order':
      return <OrderScreen orderNo={route.orderNo} />
    case 'book':
      return <BookScreen searchId={route.searchId} offerId={route.offerId} step={route.step} />
    case 'balance':
      return <BalanceScreen />
    case 'settings':
      return <SettingsScreen />
    default: {
      const unreachable: never = route
      return unreachable
    }
  }
}
