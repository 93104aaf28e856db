import type { DeskApi } from '../src/shared/contract'

// Tests call window.desk inside the page, where the preload or HTTP bridge put it.
declare global {
  interface Window {
    desk?: DeskApi
  }
}
