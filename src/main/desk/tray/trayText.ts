import type { Age } from '../../../shared/balance/format'
import type { Language } from '../../../shared/domain/app'
import type { BalanceLevel, StaleReasonKind } from '../../../shared/domain/balanceView'
import type { Environment } from '../../../shared/domain/environments'

/**
 * Words the tray and the OS notifications use. They live in main (the renderer's
 * i18n does not reach the tray) and follow the desk's language preference.
 * Keep both languages complete: a test checks they have the same keys.
 */
export interface TrayStrings {
  appName: string
  levels: Record<BalanceLevel, string>
  /** Short word beside the amount in the macOS menu bar; empty for ok. */
  levelShort: Record<BalanceLevel, string>
  reasons: Record<StaleReasonKind, string>
  environments: Record<Environment, string>
  production: string
  available: string
  balance: string
  noFigure: string
  updated: (age: Age) => string
  refresh: string
  refreshing: string
  open: string
  quit: string
  switchProfile: string
  awaitingPayment: string
  deadline: (orderNo: string, amount: string, time: string, minutes: number) => string
  moreDeadlines: (n: number) => string
  confirmProduction: { message: (name: string) => string; detail: string; confirm: string; cancel: string }
  notify: {
    lowTitle: string
    lowBody: (amount: string, profile: string) => string
    criticalTitle: string
    criticalBody: (amount: string, profile: string) => string
    failingTitle: string
    failingBody: (minutes: number, reason: string) => string
    deadlineTitle: string
    deadlineBody: (orderNos: string[], minutes: number) => string
    closedToTrayTitle: string
    closedToTrayBody: (platform: string) => string
  }
}

const en: TrayStrings = {
  appName: 'FR24 Desk',
  levels: { ok: 'OK', low: 'Low', critical: 'Critical', stale: 'Not up to date', error: 'Cannot read the balance' },
  levelShort: { ok: '', low: 'low', critical: 'CRITICAL', stale: 'old', error: 'error' },
  reasons: {
    'not-read-yet': 'not read yet',
    old: 'no new reading for a while',
    offline: 'FR24 could not be reached',
    auth: 'FR24 refused the account keys',
    keychain: 'unlock the keychain (locked or not answering)',
    fr24: 'FR24 answered with an error',
    internal: 'the desk had a problem'
  },
  environments: { sandbox: 'Sandbox', test: 'Test', production: 'PRODUCTION' },
  production: '● PRODUCTION',
  available: 'Available to spend',
  balance: 'Balance',
  noFigure: 'Balance —',
  updated: (age) =>
    age.unit === 'now' ? 'Updated just now' : `Updated ${age.n} ${age.unit === 'min' ? 'min' : age.unit === 'h' ? 'h' : 'd'} ago`,
  refresh: 'Refresh now',
  refreshing: 'Refreshing…',
  open: 'Open FR24 Desk',
  quit: 'Quit FR24 Desk',
  switchProfile: 'Switch account',
  awaitingPayment: 'Awaiting payment',
  deadline: (orderNo, amount, time, minutes) => `${orderNo} · ${amount} · pay by ${time} (${minutes} min)`,
  moreDeadlines: (n) => `${n} more in the desk`,
  confirmProduction: {
    message: (name) => `Switch to ${name} (PRODUCTION)?`,
    detail: 'Bookings and payments on this account use real money.',
    confirm: 'Switch to Production',
    cancel: 'Cancel'
  },
  notify: {
    lowTitle: 'FR24 balance is low',
    lowBody: (amount, profile) => `${profile}: ${amount} available to spend. Top up soon.`,
    criticalTitle: 'FR24 balance is critical',
    criticalBody: (amount, profile) => `${profile}: only ${amount} available to spend. Payments may fail: top up now.`,
    failingTitle: 'FR24 balance is not up to date',
    failingBody: (minutes, reason) => `The balance could not be read for ${minutes} min: ${reason}.`,
    deadlineTitle: 'Payment deadline coming up',
    deadlineBody: (orderNos, minutes) =>
      orderNos.length === 1
        ? `Order ${orderNos[0]} must be paid within ${minutes} min or FR24 cancels it.`
        : `${orderNos.length} orders must be paid within ${minutes} min: ${orderNos.join(', ')}.`,
    closedToTrayTitle: 'FR24 Desk is still running',
    closedToTrayBody: (platform) =>
      platform === 'darwin'
        ? 'It keeps watching the balance from the menu bar. Click its icon to open the desk, or choose Quit there.'
        : 'It keeps watching the balance from the notification area. Click its icon to open the desk, or choose Quit there.'
  }
}

const zhCN: TrayStrings = {
  appName: 'FR24 工作台',
  levels: { ok: '正常', low: '偏低', critical: '严重不足', stale: '不是最新', error: '无法读取余额' },
  levelShort: { ok: '', low: '偏低', critical: '严重不足', stale: '旧', error: '错误' },
  reasons: {
    'not-read-yet': '尚未读取',
    old: '较长时间没有新的读数',
    offline: '无法连接 FR24',
    auth: 'FR24 拒绝了账户密钥',
    keychain: '请解锁钥匙串（已锁定或无响应）',
    fr24: 'FR24 返回了错误',
    internal: '工作台出现问题'
  },
  environments: { sandbox: '沙盒', test: '测试', production: '生产' },
  production: '● 生产环境',
  available: '可用金额',
  balance: '余额',
  noFigure: '余额 —',
  updated: (age) =>
    age.unit === 'now' ? '刚刚更新' : `${age.n} ${age.unit === 'min' ? '分钟' : age.unit === 'h' ? '小时' : '天'}前更新`,
  refresh: '立即刷新',
  refreshing: '正在刷新…',
  open: '打开 FR24 工作台',
  quit: '退出 FR24 工作台',
  switchProfile: '切换账户',
  awaitingPayment: '待支付',
  deadline: (orderNo, amount, time, minutes) => `${orderNo} · ${amount} · ${time} 前支付（${minutes} 分钟）`,
  moreDeadlines: (n) => `另有 ${n} 个，请在工作台查看`,
  confirmProduction: {
    message: (name) => `切换到 ${name}（生产环境）？`,
    detail: '此账户的预订和支付使用真实资金。',
    confirm: '切换到生产环境',
    cancel: '取消'
  },
  notify: {
    lowTitle: 'FR24 余额偏低',
    lowBody: (amount, profile) => `${profile}：可用金额 ${amount}。请尽快充值。`,
    criticalTitle: 'FR24 余额严重不足',
    criticalBody: (amount, profile) => `${profile}：可用金额仅剩 ${amount}。支付可能失败，请立即充值。`,
    failingTitle: 'FR24 余额不是最新',
    failingBody: (minutes, reason) => `已有 ${minutes} 分钟无法读取余额：${reason}。`,
    deadlineTitle: '支付时限临近',
    deadlineBody: (orderNos, minutes) =>
      orderNos.length === 1
        ? `订单 ${orderNos[0]} 须在 ${minutes} 分钟内支付，否则 FR24 将取消。`
        : `${orderNos.length} 个订单须在 ${minutes} 分钟内支付：${orderNos.join('、')}。`,
    closedToTrayTitle: 'FR24 工作台仍在运行',
    closedToTrayBody: (platform) =>
      platform === 'darwin'
        ? '它会在菜单栏继续监控余额。点击图标打开工作台，或在那里选择“退出”。'
        : '它会在通知区域继续监控余额。点击图标打开工作台，或在那里选择“退出”。'
  }
}

export const TRAY_STRINGS: Readonly<Record<Language, TrayStrings>> = { en, 'zh-CN': zhCN }

export function trayStrings(language: Language): TrayStrings {
  return TRAY_STRINGS[language]
}

/** The desk's language preference ('system' follows the OS locale), as the tray needs it. */
export function trayLanguage(preference: 'system' | Language, systemLocale: string): Language {
  if (preference !== 'system') return preference
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
