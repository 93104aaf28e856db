import { z } from 'zod'

export const Language = z.enum(['en', 'zh-CN'])
export type Language = z.infer<typeof Language>

export const Preferences = z.strictObject({
  /** 'system' follows the OS locale; otherwise the agent's choice. */
  language: z.enum(['system', 'en', 'zh-CN']),
  theme: z.enum(['system', 'light', 'dark'])
})
export type Preferences = z.infer<typeof Preferences>

export const DEFAULT_PREFERENCES: Preferences = { language: 'system', theme: 'system' }

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Which shell runs the desk: the Electron app or the browser host. */
  shell: z.enum(['electron', 'browser-host']),
  platform: z.string(),
  /** OS locale as main sees it, used when the language preference is 'system'. */
  systemLocale: z.string(),
  /** Milliseconds from process start until the services were ready. */
  startup: z.object({ servicesReadyMs: z.number().nonnegative() })
})
export type AppInfo = z.infer<typeof AppInfo>
