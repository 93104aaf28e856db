/** English strings. Keys are grouped by screen; zh-CN.ts must have the same keys (a test checks). */
export const en = {
  app: {
    name: 'FR24 Desk',
    loading: 'Starting the desk…',
    startFailed: 'The desk could not start: {{message}}'
  },
  nav: {
    label: 'Main',
    search: 'Search',
    orders: 'Orders',
    balance: 'Balance',
    settings: 'Settings',
    shortcut: 'Ctrl+{{n}}'
  },
  account: {
    label: 'Account',
    sandbox: 'Sandbox',
    test: 'Test',
    production: 'Production',
    sandboxHint: 'Practice account: nothing here is real money.',
    productionHint: 'Live account: bookings and payments are real.'
  },
  search: {
    title: 'Search flights',
    comingSoon: 'Search, compare offers, fare rules and baggage, pricing, seats and bags, and booking arrive here next.'
  },
  orders: {
    title: 'Orders',
    comingSoon: 'Your orders, their payment deadlines, tickets, changes, refunds and voids will be followed here.'
  },
  balance: {
    title: 'Balance',
    comingSoon: 'The account balance, what is available to spend, its history and reconciliation hints arrive here.'
  },
  settings: {
    title: 'Settings',
    appearance: 'Appearance',
    language: 'Language',
    theme: 'Theme',
    languageSystem: 'Same as the system',
    themeSystem: 'Same as the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    saved: 'Saved'
  },
  profiles: {
    title: 'Accounts',
    intro: 'The desk works with the account in use. Test and Production keys are kept in your system keychain, never in a file.',
    listLabel: 'Accounts',
    inUse: 'In use',
    builtIn: 'Built in',
    keyHint: 'appKey …{{hint}}',
    noKeys: 'No keys saved',
    simulator: 'Built-in simulator',
    use: 'Use this account',
    edit: 'Edit',
    delete: 'Delete',
    test: 'Test connection',
    testing: 'Testing…',
    connected: 'Connected. Balance {{balance}} {{currency}} · credit limit {{creditLimit}} · payable {{payable}}',
    add: 'Add account',
    addTitle: 'Add an account',
    editTitle: 'Edit “{{name}}”',
    name: 'Name',
    environment: 'Environment',
    appKey: 'appKey',
    appSecret: 'appSecret',
    aesKey: 'AES key',
    keepSaved: 'Leave empty to keep the saved value',
    aesHint: 'Exactly 16 characters (16 bytes).',
    save: 'Save',
    saveProduction: 'Save Production account',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: 'Saved “{{name}}”.',
    productionWarning: 'Production: bookings and payments on this account are real money.',
    confirmProduction: 'Switch to “{{name}}” on Production? Bookings and payments will be real money.',
    confirmProductionButton: 'Switch to Production',
    confirmDelete: 'Delete “{{name}}”? Its keys are removed from the keychain.',
    confirmDeleteButton: 'Delete account',
    keychain: {
      'no-secret-service': 'No keychain on this computer',
      locked: 'The keychain is locked',
      error: 'The keychain has a problem'
    },
    invalid: {
      name: 'Enter a name (up to 60 characters).',
      appKey: 'Enter the appKey (up to 128 characters, no line breaks).',
      appSecret: 'Enter the appSecret (up to 256 characters, no line breaks).',
      aesKey: 'The AES key must be exactly 16 bytes (16 plain characters).'
    }
  },
  error: {
    title: 'Something needs your attention',
    code: 'FR24 code {{code}}',
    traceId: 'Trace id {{traceId}}',
    copy: 'Copy details',
    dismiss: 'Dismiss'
  },
  action: {
    'fix-input': 'Check the highlighted fields and try again.',
    'read-docs': 'This step was called out of order. Start the flow again from the beginning.',
    'contact-account-manager': 'Your FR24 account has a restriction here. Ask your FR24 account manager to lift it.',
    'contact-fr24': 'FR24 has a problem on its side. Contact FR24 support with the trace id if it matters now.',
    'retry-now': 'A passing problem. Try again now.',
    'retry-later': 'Try again in about 10 minutes. Contact FR24 if it keeps happening.',
    'search-again': 'This offer is no longer available. Search again.',
    'try-other-options': 'Try other airlines, routes or dates.',
    'not-supported': 'FR24 does not support this through the API. Contact FR24 customer service.',
    'check-credentials': 'Check the account keys in Settings → Accounts.',
    'unlock-keychain': 'Unlock your system keychain, then try again.',
    'top-up-balance': 'Top up the FR24 balance, then pay again.',
    'check-order': 'The result is not known yet. Open the order to see its real state before trying again.',
    reprice: 'The price or seats changed. Price the offer again.',
    'report-bug': 'This is a fault in FR24 Desk. Copy a support bundle from Settings → Diagnostics.'
  }
}

export type Strings = typeof en
