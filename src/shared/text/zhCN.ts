import type { Strings } from './en'

/** 简体中文。 */
export const zhCN: Strings = {
  app: {
    name: 'FR24 工作台',
    loading: '正在启动工作台…',
    startFailed: '工作台无法启动：{{message}}'
  },
  notices: {
    label: '启动时发现的问题',
    'settings-set-aside':
      '设置文件无法读取。已将其另存为 {{file}}，工作台以全新设置启动：请重新添加测试和生产账户，或从该文件恢复。',
    'profile-dropped':
      '账户“{{name}}”（{{profileId}}）无法读取，已被略过：{{reason}}。其他账户均已保留。包含该账户的设置文件副本位于 {{file}}。',
    'section-reset':
      '{{section}}设置无法读取，已恢复为默认值（{{reason}}）。原设置文件的副本位于 {{file}}。',
    'journal-set-aside':
      '付款和余额记录日志已损坏（{{reason}}）。已将其另存为 {{file}} 并新建了日志，因此不显示此前的余额历史和付款。',
    dismiss: '关闭',
    dismissLabel: '关闭：{{summary}}',
    summary: {
      'settings-set-aside': '设置文件已另存',
      'profile-dropped': '账户已略过',
      'section-reset': '设置已重置',
      'journal-set-aside': '日志已另存'
    },
    section: {
      profiles: '账户',
      sandboxKeys: 'Sandbox 密钥',
      preferences: '语言和主题',
      balance: '余额',
      sandbox: 'Sandbox'
    }
  },
  nav: {
    label: '主导航',
    search: '搜索',
    orders: '订单',
    balance: '余额',
    settings: '设置',
    shortcut: 'Ctrl+{{n}}'
  },
  account: {
    label: '账户',
    sandbox: '沙盒',
    test: '测试',
    production: '生产',
    sandboxHint: '练习账户：这里的一切都不是真实资金。',
    productionHint: '正式账户：预订和支付都是真实的。'
  },
  search: {
    title: '搜索航班',
    comingSoon: '接下来这里将提供搜索、比较报价、票规与行李、验价、选座与加购行李以及预订。'
  },
  orders: {
    title: '订单',
    comingSoon: '这里将跟踪您的订单、支付截止时间、票号、改签、退票和废票。'
  },
  order: {
    title: '订单 {{orderNo}}',
    comingSoon: '这里将显示该订单的详情、票号、支付截止时间、改签、退票和废票。'
  },
  booking: {
    title: '预订报价',
    comingSoon: '接下来这里将提供该报价的验价、选座与加购行李、填写乘客和预订。'
  },
  balance: {
    title: '余额',
    indicator: {
      label: '余额',
      open: '打开余额页面'
    },
    level: {
      ok: '正常',
      low: '偏低',
      critical: '严重不足',
      stale: '不是最新',
      error: '无法读取'
    },
    reason: {
      'not-read-yet': '尚未读取',
      old: '较长时间没有新的读数',
      offline: '无法连接 FR24',
      auth: 'FR24 拒绝了账户密钥',
      keychain: '无法从钥匙串读取账户密钥（请解锁钥匙串）',
      fr24: 'FR24 返回了错误',
      internal: '工作台读取时出现问题'
    },
    refresh: '立即刷新',
    refreshing: '正在刷新…',
    available: '可用金额',
    availableExplain:
      '余额 + 可用信用额度 − 本工作台已发出但 FR24 尚未扣除的支付。应付款是已使用并欠 FR24 的信用额度：可用信用额度已将其扣除，因此不再重复扣减（有未结应付款时 FR24 可能拒绝余额支付）。退款只有在 FR24 实际退回后才计入。',
    committed: '本工作台已发出、FR24 尚未扣除：{{amount}}',
    payableWarning: '您在信用额度上欠 FR24 {{amount}}。结清前 FR24 可能拒绝余额支付。',
    balance: '余额',
    creditLimit: '可用信用额度',
    payable: '应付款',
    currency: '币种',
    serverTime: 'FR24 时间',
    serverTimeValue: '{{time}}（FR24 原文“{{fr24}}”，北京时间）',
    received: '收到时间',
    notReadYet: '尚未读取余额。',
    stale: '此数字不是最新的：{{reason}}。',
    since: '自 {{age}}起。',
    nextRefresh: '下次刷新：{{time}}',
    age: {
      now: '刚刚',
      min: '{{n}} 分钟前',
      h: '{{n}} 小时前',
      d: '{{n}} 天前'
    },
    history: {
      title: '历史',
      since: '起始日期',
      chartLabel: '余额历史：{{points}} 个读数，{{calls}} 次资金操作',
      legend: '余额（{{currency}}）：圆点为读数，竖线为本工作台的资金操作。',
      empty: '此日期以来没有读数。'
    },
    movements: {
      title: '本工作台的扣款与退款',
      empty: '此日期以来本工作台没有资金操作。',
      time: '时间',
      kind: '操作',
      order: '订单',
      amount: '金额',
      state: '状态',
      trace: 'Trace id',
      truncated: '仅显示最新的 {{n}} 条。'
    },
    kind: {
      booking: '预订',
      ticketing: '出票支付',
      ancillaryPurchase: '附加服务支付',
      reissuePayment: '改签支付',
      refundConfirming: '退票',
      voidRequest: '废票'
    },
    state: {
      pending: '已发送，等待 FR24',
      succeeded: '成功',
      failed: '失败',
      uncertain: '结果未知：请查看订单'
    },
    reconcile: {
      title: '资金在别处变动',
      intro: '余额的变化超出了本工作台自身操作所能解释的范围。',
      item: '在 {{from}} 至 {{to}} 之间，余额变化 {{actual}}；本工作台的支付可解释 {{explained}}。另有 {{unexplained}} 在别处变动：充值、退款，或在 FR24 门户或其他工作台上的操作。'
    },
    settings: {
      title: '提醒与刷新',
      low: '偏低阈值（{{currency}}，含）',
      critical: '严重不足阈值（{{currency}}，含）',
      interval: '刷新间隔（秒）',
      intervalHint: '30 至 3600 秒。',
      closeToTray: '关闭窗口后在托盘中继续运行',
      save: '保存',
      saved: '已保存。',
      invalidAmount: '请输入金额，例如 10000 或 2500.50。',
      criticalAboveLow: '严重不足阈值不能高于偏低阈值。',
      invalidInterval: '请输入 30 至 3600 秒。'
    }
  },
  results: {
    progress: {
      sending: '正在把搜索发送给 FR24… {{seconds}} 秒',
      waiting: '正在等待 FR24 的报价… {{seconds}} 秒',
      reading: '正在读取报价… {{seconds}} 秒',
      done: '正在显示报价… {{seconds}} 秒',
      stillWaiting: '仍在等待 FR24。按 Esc 可停止搜索。',
      cancel: '停止搜索'
    },
    cancelled: '搜索在 FR24 答复前已停止。准备好后请重新搜索。',
    idle: '在上方搜索：报价会显示在这里。',
    summary: '共 {{total}} 个报价，显示 {{shown}} 个',
    noOffers: 'FR24 没有找到此搜索的报价。',
    noneMatch: '没有符合这些筛选条件的报价。',
    heldUntil: '价格保留至 {{time}}',
    keysHint: 'j/k 或 ↑/↓ 移动，Enter 打开，s 后按 p/d/e/a/t 排序，f 转到筛选',
    grid: {
      label: '报价',
      airline: '航空公司',
      departure: '出发',
      arrival: '到达',
      duration: '飞行时长',
      stops: '经停',
      fare: '票价',
      price: '价格',
      warnings: '提醒'
    },
    row: {
      operatedBy: '由 {{carriers}} 实际承运',
      nonstop: '直飞',
      oneStop: '1 次中转',
      manyStops: '{{n}} 次中转',
      layover: '{{airport}} {{duration}}',
      changeAirports: '{{from}}→{{to}} {{duration}}',
      duration: '{{h}}小时{{m}}分',
      dayMark: '{{mark}} 天到达',
      bags: '含托运行李',
      noBags: '不含托运行李',
      bookingClass: '{{code}} 舱',
      total: '总价 {{price}}',
      perPassenger: '{{pax}} {{price}}'
    },
    cabin: { Y: '经济舱', P: '超级经济舱', C: '公务舱', F: '头等舱' },
    pax: { ADT: '成人', CHD: '儿童', INF: '婴儿' },
    leg: {
      outbound: '去程',
      return: '回程',
      numbered: '第 {{n}} 程'
    },
    warning: {
      'airport-change': '在 {{airport}} 需换机场',
      'short-connection': '中转时间短：在 {{airport}} {{duration}}',
      'long-connection': '中转时间长：在 {{airport}} {{duration}}',
      'overnight-layover': '在 {{airport}} 过夜中转',
      'red-eye': '红眼航班',
      'arrives-other-day': '到达日期不同',
      onLeg: '{{leg}}：{{warning}}'
    },
    sort: {
      label: '排序方式',
      price: '价格',
      duration: '飞行时长',
      departure: '出发时间',
      arrival: '到达时间',
      stops: '经停',
      ascending: '从低到高',
      descending: '从高到低',
      direction: '顺序'
    },
    filters: {
      title: '筛选',
      stops: '经停',
      nonstop: '直飞',
      oneStop: '1 次中转',
      twoPlus: '2 次及以上中转',
      carriers: '航空公司',
      departs: '出发时间，{{leg}}',
      arrives: '到达时间，{{leg}}',
      window: {
        night: '凌晨 00–06',
        morning: '上午 06–12',
        afternoon: '下午 12–18',
        evening: '晚上 18–24'
      },
      connections: '中转机场',
      maxLayover: '最长中转时间',
      anyLayover: '不限',
      upToHours: '不超过 {{h}} 小时',
      conditions: '票价条件',
      bags: '含托运行李',
      refundable: '可退票',
      changeable: '可改期',
      price: '价格',
      priceMin: '最低价格',
      priceMax: '最高价格',
      reset: '重置筛选',
      count: '（{{n}}）'
    },
    matrix: {
      label: '各航空公司及经停的最低价',
      airline: '航空公司',
      cell: '{{carrier}}，{{stops}}：最低 {{price}}。显示这些报价。',
      none: '无'
    },
    detail: {
      label: '报价详情',
      title: '{{carrier}} · {{route}}',
      close: '关闭详情',
      loading: '正在读取报价…',
      flights: '航班',
      flight: '{{carrier}} {{flightNo}}',
      operatedBy: '由 {{carrier}} 实际承运',
      operatedByFlight: '由 {{carrier}} 以 {{flightNo}} 实际承运',
      aircraft: '机型 {{code}}',
      terminal: '{{terminal}} 航站楼',
      cabinClass: '{{cabin}}，{{code}} 舱',
      fareBasis: '票价基础 {{code}}',
      seatsLeft: '剩余 {{n}} 个座位',
      technicalStop: '经停 {{airport}}（不换飞机）',
      connection: '在 {{airport}} 中转：{{duration}}',
      connectionChange: '需换机场：到达 {{from}}，从 {{to}} 出发（{{duration}}）',
      rules: '退改规则',
      refund: '退票',
      change: '改期',
      ruleNone: 'FR24 未给出规则：按航空公司自己的规定办理。',
      allowed: {
        yes: '可免费办理',
        no: '不允许',
        fee: '可办理，需付费',
        unknown: '按航空公司自己的规定办理'
      },
      fee: '费用 {{fee}}',
      when: {
        'before-departure': '起飞前',
        'after-departure': '起飞后',
        'no-show': '误机后',
        'any-time': '任何时候'
      },
      hoursBefore: '起飞前 {{from}} 至 {{to}} 小时',
      hoursMoreThan: '起飞前超过 {{from}} 小时',
      hoursWithin: '起飞前 {{to}} 小时内',
      allPassengers: '所有乘客',
      bags: '行李',
      checked: '托运：{{what}}',
      carryOn: '手提：{{what}}',
      pieces: '{{n}} 件',
      weight: '{{kg}} 公斤',
      noBag: '无',
      notStated: '未说明',
      price: '价格',
      paxCount: '{{pax}} × {{n}}',
      fareAmount: '票价',
      taxes: '税费',
      serviceFee: '服务费',
      each: '每人',
      total: '总价',
      priceThis: '为此报价核价'
    }
  },
  settings: {
    title: '设置',
    appearance: '外观',
    language: '语言',
    theme: '主题',
    languageSystem: '跟随系统',
    themeSystem: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    saved: '已保存'
  },
  profiles: {
    title: '账户',
    intro: '工作台使用当前启用的账户。测试和生产环境的密钥保存在系统钥匙串中，绝不写入文件。',
    listLabel: '账户',
    inUse: '使用中',
    builtIn: '内置',
    keyHint: 'appKey …{{hint}}',
    noKeys: '未保存密钥',
    simulator: '内置模拟器',
    use: '使用此账户',
    edit: '编辑',
    delete: '删除',
    test: '测试连接',
    testing: '正在测试…',
    connected: '连接成功。余额 {{balance}} · 信用额度 {{creditLimit}} · 应付 {{payable}}',
    add: '添加账户',
    addTitle: '添加账户',
    editTitle: '编辑“{{name}}”',
    name: '名称',
    environment: '环境',
    appKey: 'appKey',
    appSecret: 'appSecret',
    aesKey: 'AES 密钥',
    keepSaved: '留空则保留已保存的值',
    aesHint: '必须正好 16 个字符（16 字节）。',
    save: '保存',
    saveProduction: '保存生产账户',
    saving: '正在保存…',
    cancel: '取消',
    saved: '已保存“{{name}}”。',
    productionWarning: '生产环境：此账户上的预订和支付都是真实资金。',
    confirmProduction: '切换到生产环境的“{{name}}”？预订和支付将使用真实资金。',
    confirmProductionButton: '切换到生产环境',
    confirmDelete: '删除“{{name}}”？其密钥将从钥匙串中移除。',
    confirmDeleteButton: '删除账户',
    keychain: {
      'no-secret-service': '此电脑上没有钥匙串服务',
      locked: '钥匙串已锁定',
      error: '钥匙串出现问题',
      'module-missing':
        '测试和生产账户需要系统钥匙串模块，但此处未安装：在 Debian 或 Ubuntu 上请安装 libsecret-1-dev 和 build-essential，然后重新运行 npm ci（Windows 和 macOS 版应用已自带该模块）。',
      'not-answering': '钥匙串没有响应'
    },
    invalid: {
      name: '请输入名称（最多 60 个字符）。',
      appKey: '请输入 appKey（最多 128 个字符，不能换行）。',
      appSecret: '请输入 appSecret（最多 256 个字符，不能换行）。',
      aesKey: 'AES 密钥必须正好 16 字节（16 个普通字符）。'
    }
  },
  diagnostics: {
    title: '诊断',
    reload: '刷新',
    drift_one: '{{count}} 个应答字段与 FR24 文档不符',
    drift_other: '{{count}} 个应答字段与 FR24 文档不符',
    inferred_one: '{{count}} 个字段为我们的推断',
    inferred_other: '{{count}} 个字段为我们的推断',
    noCalls: '尚无 FR24 调用。',
    callsLabel: '最近的 FR24 调用',
    time: '时间',
    endpoint: '接口',
    outcome: '结果',
    code: '代码',
    duration: '耗时',
    traceId: '追踪号（点击复制支持包）',
    copied: '已复制支持包',
    uncertain: '结果未知',
    sandboxTitle: '沙盒',
    sandboxHint: '练习账户运行在工作台内部。重置后恢复初始余额并删除其订单。',
    resetSandbox: '重置沙盒…',
    resetConfirm: '删除所有沙盒订单并恢复初始余额？',
    resetYes: '确认重置',
    resetNo: '保留',
    resetDone: '沙盒已重置。'
  },
  error: {
    title: '有事项需要您处理',
    code: 'FR24 错误码 {{code}}',
    traceId: '追踪号 {{traceId}}',
    copy: '复制详情',
    copied: '已复制详情',
    dismiss: '关闭'
  },
  action: {
    'fix-input': '请检查标出的字段后重试。',
    'read-docs': '调用顺序不正确。请从头开始该流程。',
    'contact-account-manager': '您的 FR24 账户在此有限制，请联系 FR24 客户经理解除。',
    'contact-fr24': 'FR24 系统出现问题。如情况紧急，请凭追踪号联系 FR24 支持。',
    'retry-now': '暂时性问题，请立即重试。',
    'retry-later': '请约 10 分钟后重试；如反复出现请联系 FR24。',
    'search-again': '该报价已不可用，请重新搜索。',
    'try-other-options': '请尝试其他航司、航线或日期。',
    'not-supported': 'FR24 接口不支持此场景，请联系 FR24 客服。',
    'check-credentials': '请在“设置 → 账户”中检查账户密钥。',
    'unlock-keychain': '请解锁系统钥匙串后重试。',
    'top-up-balance': '请为 FR24 余额充值后再支付。',
    'check-order': '结果尚未确定。请先打开订单查看真实状态，再决定是否重试。',
    reprice: '价格或座位已变化，请重新验价。',
    'report-bug': '这是 FR24 工作台的故障。请在“设置 → 诊断”中复制支持包。'
  },
  fr24: {
    operation: {
      shopping: '航班搜索',
      pricing: '验价',
      presaleAncillaryShopping: '附加服务搜索',
      seatMap: '座位图',
      booking: '预订',
      ticketing: '支付出票',
      orderDetail: '订单查询',
      postsaleAncillaryShopping: '额外行李搜索',
      ancillaryBooking: '附加服务预订',
      ancillaryPurchase: '附加服务支付',
      ancillaryOrderDetail: '附加服务订单查询',
      changeReshop: '改签搜索',
      reissueRequest: '改签申请',
      refundRequest: '退票报价',
      refundConfirming: '退票',
      voidRequest: '废票',
      fileUpload: '文件上传',
      selectBalance: '余额查询',
      payVerify: '支付校验',
      orderChangeInforming: 'FR24 通知'
    },
    failure: {
      fr24: 'FR24 未接受{{operation}}：{{fr24Message}}（代码 {{code}}）。',
      http: 'FR24 对{{operation}}返回了 HTTP 状态 {{status}}。',
      timeout: 'FR24 未在 {{seconds}} 秒内响应{{operation}}。',
      refused: '{{operation}}无法连接 FR24：连接被拒绝。',
      dns: '{{operation}}找不到 FR24 的服务器：请检查网络连接。',
      tls: '{{operation}}与 FR24 的安全连接失败（{{cause}}）。',
      broken: '{{operation}}过程中与 FR24 的连接中断。',
      truncated: 'FR24 对{{operation}}的响应被截断。',
      'not-json': 'FR24 对{{operation}}的响应无法读取（不是 JSON）。',
      shape: 'FR24 对{{operation}}的响应缺少{{fields}}。',
      cancelled: '{{operation}}已取消。',
      credentials: '{{operation}}无法使用 FR24 账户密钥：{{detail}}',
      'invalid-request': '{{operation}}未发送：{{detail}}',
      internal: 'FR24 工作台在{{operation}}时出错：{{detail}}',
      uncertain: '{{operation}}的响应丢失（{{reason}}）。FR24 可能已经处理：请先查看订单，再决定是否重试。',
      unexpected: 'FR24 连接出现问题：{{detail}}'
    },
    lost: {
      timeout: '未及时响应',
      broken: '连接中断',
      truncated: '响应被截断',
      'not-json': '响应无法读取',
      shape: '响应缺少订单信息',
      http: 'HTTP 状态 {{status}}',
      cancelled: '发送后被取消',
      other: '没有可用的响应'
    },
    noReason: '未说明原因',
    requiredData: '必需的数据',
    certificateProblem: '证书问题',
    credentials: {
      missing: '此账户尚未设置 FR24 appKey 和 appSecret。',
      unreadable: '无法读取 FR24 凭据{{detail}}。',
      aesKeyLength: 'AES 密钥必须正好是 16 字节（UTF-8）；此密钥为 {{bytes}} 字节。'
    }
  },
  keychain: {
    noSecretService:
      '此电脑上没有运行钥匙串（Secret Service），FR24 工作台无法在此保存测试或生产环境的密钥。请启动或安装密钥环（GNOME Keyring 或 KWallet）并解锁，然后重试。密钥从不以明文保存；沙盒账户无需钥匙串即可使用。',
    locked: '钥匙串已锁定。请解锁（Linux 上为登录密钥环，macOS 上为登录钥匙串）后重试。',
    noDefaultKeyring: '钥匙串中没有已解锁的默认密钥环来保存密钥。请创建或解锁登录密钥环后重试。',
    moduleMissing:
      '测试和生产账户需要系统钥匙串模块，但此处未安装：在 Debian 或 Ubuntu 上请安装 libsecret-1-dev 和 build-essential，然后重新运行 npm ci（Windows 和 macOS 版应用已自带该模块）。',
    notAnswering:
      '钥匙串没有响应：一个请求已等待超过 {{seconds}} 秒，在它结束之前 FR24 工作台不再向钥匙串发出请求。请解锁或重启密钥环（Linux 上为 GNOME Keyring 或 KWallet；注销后重新登录即可重启），然后重试。沙盒账户在此期间照常可用。',
    notAnsweringOne:
      '钥匙串没有响应：一个请求已等待超过 {{seconds}} 秒，在它结束之前 FR24 工作台不再向钥匙串发出请求。请解锁或重启密钥环（Linux 上为 GNOME Keyring 或 KWallet；注销后重新登录即可重启），然后重试。沙盒账户在此期间照常可用。',
    refused: '钥匙串拒绝了请求（{{detail}}）。请检查系统钥匙串是否正常，然后重试。',
    libraryFailed: '无法加载钥匙串库（{{detail}}）。',
    unavailable: '{{reason}}',
    missingEntry: '钥匙串中没有此账户的密钥（可能已在 FR24 工作台之外被删除）。请编辑该账户，重新输入 appKey、appSecret 和 AES 密钥。',
    damagedEntry: '此账户的钥匙串条目已损坏（{{what}}）。请编辑该账户，重新输入 appKey、appSecret 和 AES 密钥。',
    invalidSecrets: '凭据无效：{{issues}}。',
    invalidProfileId: '这不是账户 id。'
  },
  tray: {
    appName: 'FR24 工作台',
    levels: { ok: '正常', low: '偏低', critical: '严重不足', stale: '不是最新', error: '无法读取余额' },
    levelShort: { low: '偏低', critical: '严重不足', stale: '旧', error: '错误' },
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
    updated: { now: '刚刚更新', min: '{{n}} 分钟前更新', h: '{{n}} 小时前更新', d: '{{n}} 天前更新' },
    refresh: '立即刷新',
    refreshing: '正在刷新…',
    open: '打开 FR24 工作台',
    quit: '退出 FR24 工作台',
    switchProfile: '切换账户',
    awaitingPayment: '待支付',
    deadline: '{{orderNo}} · {{amount}} · {{time}} 前支付（{{minutes}} 分钟）',
    moreDeadlines: '另有 {{n}} 个，请在工作台查看',
    confirmProduction: {
      message: '切换到 {{name}}（生产环境）？',
      detail: '此账户的预订和支付使用真实资金。',
      confirm: '切换到生产环境',
      cancel: '取消'
    },
    notify: {
      lowTitle: 'FR24 余额偏低',
      lowBody: '{{profile}}：可用金额 {{amount}}。请尽快充值。',
      criticalTitle: 'FR24 余额严重不足',
      criticalBody: '{{profile}}：可用金额仅剩 {{amount}}。支付可能失败，请立即充值。',
      failingTitle: 'FR24 余额不是最新',
      failingBody: '已有 {{minutes}} 分钟无法读取余额：{{reason}}。',
      deadlineTitle: '支付时限临近',
      deadlineBodyOne: '订单 {{orderNo}} 须在 {{minutes}} 分钟内支付，否则 FR24 将取消。',
      deadlineBodyMany: '{{count}} 个订单须在 {{minutes}} 分钟内支付：{{orderNos}}。',
      listSeparator: '、',
      closedToTrayTitle: 'FR24 工作台仍在运行',
      closedToTrayBodyMac: '它会在菜单栏继续监控余额。点击图标打开工作台，或在那里选择“退出”。',
      closedToTrayBody: '它会在通知区域继续监控余额。点击图标打开工作台，或在那里选择“退出”。'
    }
  },
  desk: {
    call: {
      unknown: '未知的调用“{{name}}”。',
      notPlainData: '请求不是纯数据。',
      tooLarge: '请求过大（{{size}} 字节）。',
      forbiddenKey: '请求中含有禁止使用的键“{{key}}”。',
      requestIdBusy: '请求 id 为“{{requestId}}”的调用仍在进行中。',
      invalid: '请求无效：{{detail}}',
      cancelled: '调用在完成前已停止。',
      internal: 'FR24 工作台内部出现问题。此步骤没有向 FR24 发送任何内容；如再次发生，请在“设置 → 诊断”中复制支持包。',
      notFromWindow: '已拒绝：该调用并非来自工作台窗口。',
      notJson: '请求不是 JSON。'
    },
    profiles: {
      sandboxNotDeletable: '沙盒账户为内置账户，不能删除。',
      confirmProduction: '切换到生产账户会动用真实资金：请确认切换后继续。',
      testUnavailable: '此版本不提供测试连接。',
      testFailedInside: '连接测试在 FR24 响应之前于 FR24 工作台内部失败。如再次发生，请在“设置 → 诊断”中复制支持包。',
      sandboxStarting: '沙盒模拟器仍在启动，请稍后重试。',
      tooMany: '已有 {{max}} 个账户：请先删除一个再添加。',
      sandboxNotEditable: '沙盒账户为内置账户，不能编辑。',
      notFound: '该账户不存在（可能已被删除）。',
      keysNeeded: '请输入 FR24 为{{environment}}签发的 appKey、appSecret 和 AES 密钥。',
      keysPerEnvironment: '密钥按环境签发：请输入{{environment}}的 appKey、appSecret 和 AES 密钥。',
      environment: { production: '生产环境', test: '测试环境', sandbox: '沙盒' }
    },
    balance: {
      timeout: 'FR24 未在 {{seconds}} 秒内响应余额查询。',
      fault: '由于 FR24 工作台内部故障，无法读取余额。'
    },
    search: {
      notReady: '此版本尚未提供搜索。',
      expired: '这些结果已超过 {{minutes}} 分钟，FR24 不再保留其价格。请重新搜索。',
      offerNotFound: '该报价不在本次搜索保留的结果中。请重新搜索。',
      pastDate: '日期 {{date}} 已过：请选择今天或之后的日期。',
      superseded: '较新的搜索先完成，因此这些结果已被搁置。'
    }
  }
}
