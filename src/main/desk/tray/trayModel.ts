import type { BalanceLevel, FundsLevel } from '../../../shared/domain/balanceView'
import type { Environment } from '../../../shared/domain/environments'

/**
 * What the OS tray shows, as data: the Electron glue (electron/tray.ts) draws it, tests
 * read it. Main-only: the window gets the level and one tooltip line in BalanceView.
 */

export type TrayAction = 'refresh' | 'open' | 'quit'

export interface TrayProfileItem {
  profileId: string
  label: string
  environment: Environment
  checked: boolean
}

export type TrayMenuItem =
  | { type: 'label'; label: string; emphasis: 'normal' | 'production' | 'warning' }
  | { type: 'separator' }
  | { type: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { type: 'deadline'; orderNo: string; label: string; urgent: boolean }
  | { type: 'profiles'; label: string; profiles: TrayProfileItem[] }

export interface TrayState {
  level: BalanceLevel
  /** The money level of the last figure, even when it is stale. */
  fundsLevel?: FundsLevel
  /** Short text beside the icon (macOS menu bar). */
  title: string
  /** The level in words ("Low", "Not up to date"), so nothing depends on colour alone. */
  levelText: string
  tooltip: string
  /** File name in build/tray without extension or scale suffix, e.g. `low` or `lowTemplate`. */
  icon: string
  production: boolean
  menu: TrayMenuItem[]
}
