declare const __FR24_DESK_BUILT_AT__: string | undefined

/**
 * When this window's bundle was built (ISO time), written in by electron-vite's `define`
 * (electron.vite.config.ts). Main and window are built together, so it is the app's build date.
 * Undefined where the bundle was not built (unit tests run the sources).
 */
export const BUILT_AT: string | undefined = typeof __FR24_DESK_BUILT_AT__ === 'string' ? __FR24_DESK_BUILT_AT__ : undefined
