/** English strings. Keys are grouped by screen (or by room in main: tray, fr24, keychain); zhCN.ts must have the same keys (a test checks). */
export const en = {
  app: {
    name: 'FR24 Desk',
    loading: 'Starting the desk…',
    startFailed: 'The desk could not start: {{message}}'
  },
  notices: {
    label: 'Problems found at start-up',
    'settings-set-aside':
      'The settings file could not be read. It was kept aside as {{file}} and the desk started with fresh settings: add your Test and Production accounts again, or restore them from that file.',
    'profile-dropped':
      'The account “{{name}}” ({{profileId}}) could not be read and was left out: {{reason}}. Your other accounts are kept. A copy of the settings file with it is at {{file}}.',
    'section-reset':
      'The {{section}} settings could not be read and went back to their defaults ({{reason}}). A copy of the settings file as it was is at {{file}}.',
    'journal-set-aside':
      'The journal of payments and balance readings was damaged ({{reason}}). It was kept aside as {{file}} and a fresh journal was started, so earlier balance history and payments are not shown.',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss: {{summary}}',
    summary: {
      'settings-set-aside': 'settings file set aside',
      'profile-dropped': 'account left out',
      'section-reset': 'settings reset',
      'journal-set-aside': 'journal set aside'
    },
    section: {
      profiles: 'account',
      sandboxKeys: 'Sandbox key',
      preferences: 'language and theme',
      balance: 'balance',
      sandbox: 'Sandbox'
    }
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
  order: {
    title: 'Order {{orderNo}}',
    comingSoon: 'This order’s details, tickets, payment deadline, changes, refunds and voids will be shown here.'
  },
  booking: {
    title: 'Book an offer',
    comingSoon: 'Checking the price, seats and bags, passengers and booking this offer arrive here next.'
  },
  balance: {
    title: 'Balance',
    indicator: {
      label: 'Balance',
      open: 'Open the Balance screen'
    },
    level: {
      ok: 'OK',
      low: 'Low',
      critical: 'Critical',
      stale: 'Not up to date',
      error: 'Cannot read'
    },
    reason: {
      'not-read-yet': 'it has not been read yet',
      old: 'there has been no new reading for a while',
      offline: 'FR24 could not be reached',
      auth: 'FR24 refused the account keys',
      keychain: 'the account’s keys could not be read from the keychain (unlock the keychain)',
      fr24: 'FR24 answered with an error',
      internal: 'the desk had a problem reading it'
    },
    refresh: 'Refresh now',
    refreshing: 'Refreshing…',
    available: 'Available to spend',
    availableExplain:
      'Balance + available credit − payments this desk has sent that FR24 has not taken yet. Payable is credit you have already used and owe FR24: the available credit already leaves it out, so it is not subtracted again (FR24 may refuse balance payments while it is unpaid). Refunds count only once FR24 has returned them.',
    committed: 'Sent by this desk, not yet taken by FR24: {{amount}}',
    payableWarning: 'You owe FR24 {{amount}} on credit. FR24 may refuse balance payments until it is settled.',
    balance: 'Balance',
    creditLimit: 'Available credit',
    payable: 'Payable',
    currency: 'Currency',
    serverTime: 'FR24 time',
    serverTimeValue: '{{time}} (FR24 wrote “{{fr24}}”, China time)',
    received: 'Received',
    notReadYet: 'The balance has not been read yet.',
    stale: 'This figure is not up to date: {{reason}}.',
    since: 'Since {{age}}.',
    nextRefresh: 'Next refresh: {{time}}',
    age: {
      now: 'just now',
      min: '{{n}} min ago',
      h: '{{n}} h ago',
      d: '{{n}} days ago'
    },
    history: {
      title: 'History',
      since: 'Since',
      chartLabel: 'Balance history: {{points}} readings, {{calls}} money calls',
      legend: 'Balance in {{currency}} (dots are readings; vertical lines are this desk’s money calls).',
      empty: 'No readings since this date.'
    },
    movements: {
      title: 'This desk’s debits and credits',
      empty: 'No money calls from this desk since this date.',
      time: 'Time',
      kind: 'Call',
      order: 'Order',
      amount: 'Amount',
      state: 'State',
      trace: 'Trace id',
      truncated: 'Only the newest {{n}} are shown.'
    },
    kind: {
      booking: 'Booking',
      ticketing: 'Ticket payment',
      ancillaryPurchase: 'Extras payment',
      reissuePayment: 'Change payment',
      refundConfirming: 'Refund',
      voidRequest: 'Void'
    },
    state: {
      pending: 'Sent, waiting for FR24',
      succeeded: 'Succeeded',
      failed: 'Failed',
      uncertain: 'Outcome unknown: check the order'
    },
    reconcile: {
      title: 'Money moved elsewhere',
      intro: 'The balance changed by more than this desk’s own calls explain.',
      item: 'Between {{from}} and {{to}} the balance changed by {{actual}}; this desk’s payments explain {{explained}}. {{unexplained}} moved elsewhere: a top-up, a refund, or activity on the FR24 portal or another desk.'
    },
    settings: {
      title: 'Warnings and refresh',
      low: 'Low at or below ({{currency}})',
      critical: 'Critical at or below ({{currency}})',
      interval: 'Refresh every (seconds)',
      intervalHint: 'From 30 to 3600 seconds.',
      closeToTray: 'Keep running in the tray when the window is closed',
      save: 'Save',
      saved: 'Saved.',
      invalidAmount: 'Enter an amount like 10000 or 2500.50.',
      criticalAboveLow: 'Critical must not be above low.',
      invalidInterval: 'Enter 30 to 3600 seconds.'
    }
  },
  results: {
    progress: {
      sending: 'Sending the search to FR24… {{seconds}} s',
      waiting: 'Waiting for FR24’s offers… {{seconds}} s',
      reading: 'Reading the offers… {{seconds}} s',
      done: 'Drawing the offers… {{seconds}} s',
      stillWaiting: 'Still waiting for FR24. Press Escape to stop the search.',
      cancel: 'Stop search'
    },
    cancelled: 'The search was stopped before FR24 answered. Search again when you are ready.',
    idle: 'Search above: the offers appear here.',
    summary: '{{shown}} of {{total}} offers',
    noOffers: 'FR24 found no offers for this search.',
    noneMatch: 'No offer matches these filters.',
    heldUntil: 'Prices held until {{time}}',
    keysHint: 'j/k or ↑/↓ move, Enter opens, s then p/d/e/a/t sorts, f goes to the filters',
    grid: {
      label: 'Offers',
      airline: 'Airline',
      departure: 'Departure',
      arrival: 'Arrival',
      duration: 'Duration',
      stops: 'Stops',
      fare: 'Fare',
      price: 'Price',
      warnings: 'Warnings'
    },
    row: {
      operatedBy: 'operated by {{carriers}}',
      nonstop: 'Nonstop',
      oneStop: '1 stop',
      manyStops: '{{n}} stops',
      layover: '{{airport}} {{duration}}',
      changeAirports: '{{from}}→{{to}} {{duration}}',
      duration: '{{h}}h {{m}}m',
      dayMark: 'arrives {{mark}} day',
      bags: 'Bags included',
      noBags: 'No checked bag',
      bookingClass: 'class {{code}}',
      total: 'Total {{price}}',
      perPassenger: '{{pax}} {{price}}'
    },
    cabin: { Y: 'Economy', P: 'Premium economy', C: 'Business', F: 'First' },
    pax: { ADT: 'Adult', CHD: 'Child', INF: 'Infant' },
    leg: {
      outbound: 'Outbound',
      return: 'Return',
      numbered: 'Flight {{n}}'
    },
    warning: {
      'airport-change': 'Airport change at {{airport}}',
      'short-connection': 'Short connection: {{duration}} at {{airport}}',
      'long-connection': 'Long connection: {{duration}} at {{airport}}',
      'overnight-layover': 'Overnight layover at {{airport}}',
      'red-eye': 'Red-eye departure',
      'arrives-other-day': 'Arrives on another day',
      onLeg: '{{leg}}: {{warning}}'
    },
    sort: {
      label: 'Sort by',
      price: 'Price',
      duration: 'Duration',
      departure: 'Departure',
      arrival: 'Arrival',
      stops: 'Stops',
      ascending: 'Lowest first',
      descending: 'Highest first',
      direction: 'Order'
    },
    filters: {
      title: 'Filters',
      stops: 'Stops',
      nonstop: 'Nonstop',
      oneStop: '1 stop',
      twoPlus: '2+ stops',
      carriers: 'Airlines',
      departs: 'Departs, {{leg}}',
      arrives: 'Arrives, {{leg}}',
      window: {
        night: 'Night 00–06',
        morning: 'Morning 06–12',
        afternoon: 'Afternoon 12–18',
        evening: 'Evening 18–24'
      },
      anyTime: 'Any time',
      connections: 'Connection airports',
      maxLayover: 'Longest layover',
      anyLayover: 'Any length',
      upToHours: 'Up to {{h}} h',
      conditions: 'Fare',
      bags: 'Bags included',
      refundable: 'Refundable',
      changeable: 'Changeable',
      price: 'Price',
      priceMin: 'Lowest price',
      priceMax: 'Highest price',
      reset: 'Reset filters',
      count: '({{n}})'
    },
    matrix: {
      label: 'Cheapest by airline and stops',
      airline: 'Airline',
      cell: '{{carrier}}, {{stops}}: from {{price}}. Show these offers.',
      none: 'none'
    },
    detail: {
      label: 'Offer details',
      title: '{{carrier}} · {{route}}',
      close: 'Close details',
      loading: 'Loading the offer from the desk…',
      flights: 'Flights',
      flight: '{{carrier}} {{flightNo}}',
      operatedBy: 'Operated by {{carrier}}',
      operatedByFlight: 'Operated by {{carrier}} as {{flightNo}}',
      aircraft: 'Aircraft {{code}}',
      terminal: 'Terminal {{terminal}}',
      cabinClass: '{{cabin}}, class {{code}}',
      fareBasis: 'Fare basis {{code}}',
      seatsLeft: '{{n}} seats left',
      technicalStop: 'Stops at {{airport}} (same plane)',
      connection: 'Connection at {{airport}}: {{duration}}',
      connectionChange: 'Change airports: arrive {{from}}, leave from {{to}} ({{duration}})',
      rules: 'Fare rules',
      refund: 'Refund',
      change: 'Change',
      ruleNone: 'FR24 gave no rule: the airline’s own rules apply.',
      allowed: {
        yes: 'Allowed free of charge',
        no: 'Not allowed',
        fee: 'Allowed for a fee',
        unknown: 'The airline’s own policy applies'
      },
      fee: 'Fee {{fee}}',
      when: {
        'before-departure': 'before departure',
        'after-departure': 'after departure',
        'no-show': 'after a no-show',
        'any-time': 'at any time'
      },
      hoursBefore: '{{from}} h to {{to}} h before departure',
      hoursMoreThan: 'more than {{from}} h before departure',
      hoursWithin: 'within {{to}} h of departure',
      allPassengers: 'All passengers',
      bags: 'Baggage',
      checked: 'Checked: {{what}}',
      carryOn: 'Cabin: {{what}}',
      pieces: '{{n}} pc',
      weight: '{{kg}} kg',
      noBag: 'none',
      notStated: 'not stated',
      price: 'Price',
      paxCount: '{{pax}} × {{n}}',
      fareAmount: 'Fare',
      taxes: 'Taxes',
      serviceFee: 'Service fee',
      each: 'Each',
      total: 'Total',
      priceThis: 'Price this offer'
    }
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
    connected: 'Connected. Balance {{balance}} · credit limit {{creditLimit}} · payable {{payable}}',
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
      error: 'The keychain has a problem',
      'module-missing':
        'Test and Production accounts need the system keychain module, which is not installed here: on Debian or Ubuntu install libsecret-1-dev and build-essential, then run npm ci again (the Windows and macOS apps include it).',
      'not-answering': 'The keychain is not answering'
    },
    invalid: {
      name: 'Enter a name (up to 60 characters).',
      appKey: 'Enter the appKey (up to 128 characters, no line breaks).',
      appSecret: 'Enter the appSecret (up to 256 characters, no line breaks).',
      aesKey: 'The AES key must be exactly 16 bytes (16 plain characters).'
    }
  },
  diagnostics: {
    title: 'Diagnostics',
    reload: 'Reload',
    drift_one: '{{count}} answer field differed from FR24\'s documented shape',
    drift_other: '{{count}} answer fields differed from FR24\'s documented shape',
    inferred_one: '{{count}} field is our inference',
    inferred_other: '{{count}} fields are our inference',
    noCalls: 'No FR24 calls yet.',
    callsLabel: 'Recent FR24 calls',
    time: 'Time',
    endpoint: 'Call',
    outcome: 'Outcome',
    code: 'Code',
    duration: 'Took',
    traceId: 'Trace id (click to copy a support bundle)',
    copied: 'Support bundle copied',
    uncertain: 'outcome unknown',
    sandboxTitle: 'Sandbox',
    sandboxHint: 'The practice account runs inside the desk. Resetting it restores the opening balance and removes its orders.',
    resetSandbox: 'Reset the Sandbox…',
    resetConfirm: 'Remove every Sandbox order and restore the opening balance?',
    resetYes: 'Reset it',
    resetNo: 'Keep it',
    resetDone: 'The Sandbox was reset.'
  },
  searchForm: {
    label: 'Search flights',
    tripType: 'Trip type',
    oneWay: 'One way',
    roundTrip: 'Round trip',
    multiCity: 'Multi-city',
    multiCityHint: 'up to 6 legs',
    flight: 'Flight {{n}}',
    from: 'From',
    to: 'To',
    departureDate: 'Departure date',
    returnDate: 'Return date',
    departureCalendar: 'Departure calendar',
    returnCalendar: 'Return calendar',
    dateHint: 'DD/MM/YYYY or 15NOV',
    placeHint: 'Airport or city code, or type a city or airport name',
    allAirports: 'all airports',
    allAirportsOf: 'all airports ({{airports}})',
    noPlaces: 'No airport or city matches “{{query}}”.',
    placesFailed: 'The airport list could not be searched: type the 3-letter code.',
    swap: 'Swap From and To',
    addFlight: 'Add flight',
    removeFlight: 'Remove flight {{n}}',
    adults: 'Adults',
    children: 'Children',
    infants: 'Infants',
    passengersHint: 'Up to 9 passengers; at most 2 children and 1 infant per adult',
    cabin: 'Cabin',
    cabins: { Y: 'Economy', P: 'Premium economy', C: 'Business', F: 'First' },
    preferredCarriers: 'Preferred carriers',
    excludedCarriers: 'Excluded carriers',
    carriersHint: 'Airline codes, e.g. CX, SQ',
    maxStops: 'Max stops',
    stops: { any: 'Any', '0': 'Nonstop', '1': 'Up to 1 stop', '2': 'Up to 2 stops' },
    search: 'Search',
    recent: 'Recent searches',
    recentEmpty: 'No searches yet on this account.',
    recentClose: 'Close recent searches',
    recentTrip: '{{route}} · {{dates}} · {{passengers}} · {{cabin}}',
    recentPassengers: '{{adults}} ADT, {{children}} CHD, {{infants}} INF',
    error: {
      placeRequired: 'Enter an airport or city: its 3-letter code, or pick one from the list.',
      placeFormat: 'Use a 3-letter airport or city code, or pick one from the list.',
      samePlace: 'From and To are the same place.',
      dateRequired: 'Enter the date.',
      dateFormat: 'Type the date as DD/MM/YYYY (or 15NOV), or pick it on the calendar.',
      datePast: 'This date has passed: choose today or later.',
      dateOrder: 'This flight departs before the previous one.',
      returnOrder: 'The return is before the departure.',
      countFormat: 'Enter a whole number.',
      countRange: 'Enter 1 to 9 adults, and 0 to 9 children or infants.',
      total: 'At most 9 passengers in one search (adults, children and infants together).',
      childrenPerAdult: 'At most 2 children per adult.',
      infantsPerAdult: 'At most 1 infant per adult (an infant sits on an adult’s lap).',
      carrierFormat: 'Use 2-character airline codes separated by commas, e.g. CX, SQ.',
      carrierCount: 'At most 10 airlines.',
      carrierBoth: 'An airline cannot be both preferred and excluded.',
      unexpected: 'This search cannot be sent as it is.'
    }
  },
  palette: {
    label: 'Command palette',
    placeholder: 'Type a command or a screen…',
    empty: 'No command matches.',
    groupSearch: 'Search',
    groupRecent: 'Recent searches',
    groupScreens: 'Open screen',
    groupAccounts: 'Switch account',
    groupHelp: 'Help',
    newSearch: 'New search',
    open: 'Open {{screen}}',
    switchTo: 'Use {{name}} ({{environment}})',
    shortcuts: 'Keyboard shortcuts',
    confirmProduction: 'Switch to “{{name}}”? It is a Production account: bookings and payments there are real money.',
    confirmProductionButton: 'Use the Production account',
    cancel: 'Cancel'
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    groupAnywhere: 'Anywhere',
    groupForm: 'Search form',
    groupResults: 'Offers',
    screens: 'Open Search, Orders, Balance or Settings',
    back: 'Back',
    forward: 'Forward',
    palette: 'Command palette',
    sheet: 'This list of shortcuts',
    focusForm: 'Go to the search form (outside a text field)',
    swap: 'Swap From and To',
    recent: 'Recent searches',
    pick: 'Move through airports and pick one',
    move: 'Next or previous offer',
    page: '10 offers down or up',
    ends: 'First or last offer',
    openOffer: 'Open the offer',
    escape: 'Close the offer, or stop a search in flight',
    sort: 'Sort by price, duration, departure, arrival or stops',
    filters: 'Go to the filters',
    then: 'then'
  },
  error: {
    title: 'Something needs your attention',
    code: 'FR24 code {{code}}',
    traceId: 'Trace id {{traceId}}',
    copy: 'Copy details',
    copied: 'Details copied',
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
  },
  fr24: {
    operation: {
      shopping: 'flight search',
      pricing: 'price check',
      presaleAncillaryShopping: 'search for extras',
      seatMap: 'seat map',
      booking: 'booking',
      ticketing: 'payment and ticketing',
      orderDetail: 'order lookup',
      postsaleAncillaryShopping: 'search for extra bags',
      ancillaryBooking: 'booking of extras',
      ancillaryPurchase: 'payment for extras',
      ancillaryOrderDetail: 'lookup of the extras order',
      changeReshop: 'search for a change',
      reissueRequest: 'change request',
      refundRequest: 'refund quote',
      refundConfirming: 'refund',
      voidRequest: 'void',
      fileUpload: 'document upload',
      selectBalance: 'balance check',
      payVerify: 'payment check',
      orderChangeInforming: 'FR24 notification'
    },
    failure: {
      fr24: 'FR24 did not accept the {{operation}}: {{fr24Message}} (code {{code}}).',
      http: 'FR24 answered the {{operation}} with HTTP status {{status}}.',
      timeout: 'FR24 did not answer the {{operation}} within {{seconds}} seconds.',
      refused: 'Could not connect to FR24 for the {{operation}}: the connection was refused.',
      dns: "Could not find FR24's server for the {{operation}}: check the internet connection.",
      tls: 'The secure connection to FR24 failed for the {{operation}} ({{cause}}).',
      broken: 'The connection to FR24 broke during the {{operation}}.',
      truncated: "FR24's answer to the {{operation}} was cut off.",
      'not-json': "FR24's answer to the {{operation}} could not be read (it was not JSON).",
      shape: "FR24's answer to the {{operation}} lacked {{fields}}.",
      cancelled: 'The {{operation}} was cancelled.',
      credentials: 'The FR24 account keys cannot be used for the {{operation}}: {{detail}}',
      'invalid-request': 'The {{operation}} was not sent: {{detail}}',
      internal: 'Something went wrong in FR24 Desk during the {{operation}}: {{detail}}',
      uncertain:
        'The answer to the {{operation}} was lost ({{reason}}). It may have gone through at FR24: check the order before trying again.',
      unexpected: 'Something went wrong in the FR24 connection: {{detail}}'
    },
    lost: {
      timeout: 'no answer in time',
      broken: 'the connection broke',
      truncated: 'the answer was cut off',
      'not-json': 'the answer was unreadable',
      shape: 'the answer lacked the order details',
      http: 'HTTP status {{status}}',
      cancelled: 'cancelled after sending',
      other: 'no usable answer'
    },
    noReason: 'no reason given',
    requiredData: 'required data',
    certificateProblem: 'certificate problem',
    credentials: {
      missing: 'No FR24 appKey and appSecret are set up for this account.',
      unreadable: 'The FR24 credentials could not be read{{detail}}.',
      aesKeyLength: 'The AES key must be exactly 16 bytes (UTF-8); this one is {{bytes}} bytes.'
    }
  },
  keychain: {
    noSecretService:
      'No keychain (Secret Service) is running on this computer, so FR24 Desk cannot keep Test or Production keys here. Start or install a keyring (GNOME Keyring or KWallet), unlock it, then try again. Keys are never stored in plain text; the Sandbox account works without a keychain.',
    locked: 'The keychain is locked. Unlock it (on Linux your login keyring, on macOS your login keychain) and try again.',
    noDefaultKeyring: 'The keychain has no unlocked default keyring to keep the keys in. Create or unlock your login keyring and try again.',
    moduleMissing:
      'Test and Production accounts need the system keychain module, which is not installed here: on Debian or Ubuntu install libsecret-1-dev and build-essential, then run npm ci again (the Windows and macOS apps include it).',
    notAnswering:
      'The keychain is not answering: a request has been waiting more than {{seconds}} seconds, so FR24 Desk asks nothing more of it until that one ends. Unlock or restart your keyring (on Linux, GNOME Keyring or KWallet; logging out and in again restarts it), then try again. The Sandbox account keeps working meanwhile.',
    notAnsweringOne:
      'The keychain is not answering: a request has been waiting more than {{seconds}} second, so FR24 Desk asks nothing more of it until that one ends. Unlock or restart your keyring (on Linux, GNOME Keyring or KWallet; logging out and in again restarts it), then try again. The Sandbox account keeps working meanwhile.',
    refused: 'The keychain refused the request ({{detail}}). Check that the system keychain works, then try again.',
    libraryFailed: 'The keychain library could not be loaded ({{detail}}).',
    unavailable: '{{reason}}',
    missingEntry:
      'The keys for this profile are not in the keychain (they may have been removed outside FR24 Desk). Edit the profile and enter its appKey, appSecret and AES key again.',
    damagedEntry:
      'The keychain entry for this profile is damaged ({{what}}). Edit the profile and enter its appKey, appSecret and AES key again.',
    invalidSecrets: 'The credentials are not valid: {{issues}}.',
    invalidProfileId: 'That is not a profile id.'
  },
  tray: {
    appName: 'FR24 Desk',
    levels: { ok: 'OK', low: 'Low', critical: 'Critical', stale: 'Not up to date', error: 'Cannot read the balance' },
    // No word beside the amount when the level is ok: that one is not in the dictionary.
    levelShort: { low: 'low', critical: 'CRITICAL', stale: 'old', error: 'error' },
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
    updated: { now: 'Updated just now', min: 'Updated {{n}} min ago', h: 'Updated {{n}} h ago', d: 'Updated {{n}} d ago' },
    refresh: 'Refresh now',
    refreshing: 'Refreshing…',
    open: 'Open FR24 Desk',
    quit: 'Quit FR24 Desk',
    switchProfile: 'Switch account',
    awaitingPayment: 'Awaiting payment',
    deadline: '{{orderNo}} · {{amount}} · pay by {{time}} ({{minutes}} min)',
    moreDeadlines: '{{n}} more in the desk',
    confirmProduction: {
      message: 'Switch to {{name}} (PRODUCTION)?',
      detail: 'Bookings and payments on this account use real money.',
      confirm: 'Switch to Production',
      cancel: 'Cancel'
    },
    notify: {
      lowTitle: 'FR24 balance is low',
      lowBody: '{{profile}}: {{amount}} available to spend. Top up soon.',
      criticalTitle: 'FR24 balance is critical',
      criticalBody: '{{profile}}: only {{amount}} available to spend. Payments may fail: top up now.',
      failingTitle: 'FR24 balance is not up to date',
      failingBody: 'The balance could not be read for {{minutes}} min: {{reason}}.',
      deadlineTitle: 'Payment deadline coming up',
      deadlineBodyOne: 'Order {{orderNo}} must be paid within {{minutes}} min or FR24 cancels it.',
      deadlineBodyMany: '{{count}} orders must be paid within {{minutes}} min: {{orderNos}}.',
      listSeparator: ', ',
      closedToTrayTitle: 'FR24 Desk is still running',
      closedToTrayBodyMac: 'It keeps watching the balance from the menu bar. Click its icon to open the desk, or choose Quit there.',
      closedToTrayBody: 'It keeps watching the balance from the notification area. Click its icon to open the desk, or choose Quit there.'
    }
  },
  desk: {
    call: {
      unknown: 'Unknown call "{{name}}".',
      notPlainData: 'The request is not plain data.',
      tooLarge: 'The request is too large ({{size}} bytes).',
      forbiddenKey: 'The request contains a forbidden key "{{key}}".',
      requestIdBusy: 'A call with request id "{{requestId}}" is still running.',
      invalid: '{{detail}}',
      cancelled: 'The call was stopped before it finished.',
      internal:
        'Something went wrong inside FR24 Desk. Nothing was sent to FR24 by this step; copy a support bundle from Settings → Diagnostics if it happens again.',
      notFromWindow: 'Refused: the call did not come from the desk window.',
      notJson: 'The request is not JSON.'
    },
    profiles: {
      sandboxNotDeletable: 'The Sandbox account is built in and cannot be deleted.',
      confirmProduction: 'Switching to a Production profile moves real money: confirm the switch to continue.',
      testUnavailable: 'Test connection is not available in this build.',
      testFailedInside:
        'The connection test failed inside FR24 Desk before FR24 answered. Copy a support bundle from Settings → Diagnostics if it happens again.',
      sandboxStarting: 'The Sandbox simulator is still starting. Try again in a moment.',
      tooMany: 'There are already {{max}} profiles: delete one before adding another.',
      sandboxNotEditable: 'The Sandbox account is built in and cannot be edited.',
      notFound: 'That profile does not exist (it may have been deleted).',
      keysNeeded: 'Enter the appKey, appSecret and AES key FR24 issued for {{environment}}.',
      keysPerEnvironment: 'Keys are issued per environment: enter the appKey, appSecret and AES key for {{environment}}.',
      environment: { production: 'Production', test: 'Test', sandbox: 'the Sandbox' }
    },
    balance: {
      timeout: 'FR24 did not answer the balance check within {{seconds}} seconds.',
      fault: 'The balance could not be read because of a fault in FR24 Desk.'
    },
    search: {
      notReady: 'Search is not ready in this build yet.',
      expired: 'These results are older than {{minutes}} minutes and FR24 no longer holds their prices. Search again.',
      offerNotFound: 'That offer is not among the results kept for this search. Search again.',
      pastDate: 'The date {{date}} is in the past: choose today or a later day.',
      superseded: 'A newer search finished first, so these results were set aside.'
    }
  }
}

export type Strings = typeof en
