/** The seats and bags step (renderer features/booking/extras). English first; the Chinese is typed against it, so no key can be missing. */
export const extrasEn = {
  title: 'Seats and bags',
  intro: 'Seats and bags are optional: Continue without picking any books the fare alone.',
  loading: 'Looking up seat maps and bags at FR24…',
  skipWhileLoading: 'Continue now to book without seats and bags.',
  loadFailed: 'Seats and bags could not be looked up. Try again, or continue and book without them.',
  retry: 'Try again',
  continue: 'Continue',
  back: 'Back',
  flight: '{{from}} → {{to}} {{carrier}} {{flightNo}}',
  gap: {
    seats: {
      'not-offered': 'Seat selection is not available for this offer; you can still book.',
      failed: 'FR24 could not give the seat maps for this offer; you can still book without seats.'
    },
    bags: {
      'not-offered': 'Extra bags are not sold with this offer; you can still book.',
      failed: 'FR24 could not give the bags for this offer; you can still book without extra bags.'
    },
    segment: 'No seat map for this flight; you can still book without a seat on it.',
    nobodySeated: 'Infants sit on an adult’s lap: nobody in this booking needs a seat.'
  },
  dropped: 'FR24 no longer offers {{seats}} seat(s) and {{bags}} bag(s) picked earlier at the price shown; they were taken off.',
  who: {
    label: 'Who is being seated',
    seat: '{{passenger}}: {{seat}}',
    noSeat: '{{passenger}}: no seat yet',
    lap: 'Infants sit on an adult’s lap and get no seat of their own.'
  },
  flights: 'Flights',
  seatsTitle: 'Seats',
  map: {
    label: 'Seats, {{flight}}',
    hint: 'Arrow keys move between seats, Home and End to the ends of a row, Page Up and Page Down ten rows. Enter or Space picks the seat for {{passenger}}; picking it again gives it back.',
    rows: 'Row',
    column: 'Seat {{column}}',
    row: 'Row {{row}}',
    exitRow: 'Row {{row}}, exit row',
    exit: 'Exit',
    noSeat: 'No seat'
  },
  seat: {
    separator: ', ',
    free: 'free of charge',
    taken: 'taken',
    priceUnknown: 'price unknown, cannot be picked',
    otherCurrency: 'priced in {{currency}}, cannot be picked',
    yours: 'picked for {{passenger}}',
    heldBy: 'picked for {{passenger}}, not available to others'
  },
  characteristic: {
    window: 'window',
    aisle: 'aisle',
    middle: 'middle',
    exit: 'exit row',
    extraLegroom: 'extra legroom',
    front: 'front of the cabin',
    bassinet: 'bassinet'
  },
  picked: {
    picked: 'Seat {{seat}} picked for {{passenger}}.',
    unpicked: 'Seat {{seat}} given back; {{passenger}} has no seat on this flight.',
    lap: 'Infants get no seat of their own.',
    heldBy: 'Seat {{seat}} is already picked for {{passenger}}.',
    noSuchSeat: 'Seat {{seat}} is not on this map.',
    taken: 'Seat {{seat}} is taken.',
    priceUnknown: 'Seat {{seat}} cannot be picked: FR24 gave no price for it.',
    otherCurrency: 'Seat {{seat}} cannot be picked: it is priced in {{currency}}, not in the fare’s currency.'
  },
  legend: {
    label: 'Key to the seat map',
    free: 'Free of charge',
    paid: 'Chargeable',
    unknown: 'Price unknown (cannot be picked)',
    taken: 'Taken',
    yours: 'Picked for the passenger being seated',
    others: 'Picked for another passenger'
  },
  bags: {
    title: 'Bags',
    for: 'For {{flights}}',
    allFlights: 'all flights',
    checkIn: 'Checked bag',
    weight: '{{kg}} kg',
    pieces_one: '{{count}} piece',
    pieces_other: '{{count}} pieces',
    each: '{{price}} each',
    otherCurrency: 'priced in {{currency}}, cannot be added',
    line: '{{n}} × {{price}} = {{amount}}'
  },
  total: {
    label: 'Total to book',
    line: 'Fare {{fare}} + seats {{seats}} + bags {{bags}} = total {{total}}'
  }
}

export const extrasZh: typeof extrasEn = {
  title: '座位和行李',
  intro: '座位和行李可选：不选直接点“继续”，只预订机票。',
  loading: '正在向 FR24 查询座位图和行李…',
  skipWhileLoading: '现在点“继续”，即不选座位和行李预订。',
  loadFailed: '无法查询座位和行李。可重试，或继续预订而不选座位和行李。',
  retry: '重试',
  continue: '继续',
  back: '返回',
  flight: '{{from}} → {{to}} {{carrier}} {{flightNo}}',
  gap: {
    seats: {
      'not-offered': '此报价不提供选座；仍可预订。',
      failed: 'FR24 未能提供此报价的座位图；仍可不选座位预订。'
    },
    bags: {
      'not-offered': '此报价不出售额外行李；仍可预订。',
      failed: 'FR24 未能提供此报价的行李；仍可不加行李预订。'
    },
    segment: '此航班没有座位图；仍可预订，此航班不选座位。',
    nobodySeated: '婴儿坐在成人膝上：本次预订无人需要座位。'
  },
  dropped: '之前所选的 {{seats}} 个座位和 {{bags}} 件行李 FR24 已不再按所示价格提供，已移除。',
  who: {
    label: '为谁选座',
    seat: '{{passenger}}：{{seat}}',
    noSeat: '{{passenger}}：尚未选座',
    lap: '婴儿坐在成人膝上，没有自己的座位。'
  },
  flights: '航班',
  seatsTitle: '座位',
  map: {
    label: '座位，{{flight}}',
    hint: '方向键在座位间移动，Home 和 End 到一排的两端，Page Up 和 Page Down 跳十排。按 Enter 或空格为{{passenger}}选定座位；再按一次取消。',
    rows: '排',
    column: '{{column}} 座',
    row: '第 {{row}} 排',
    exitRow: '第 {{row}} 排，出口排',
    exit: '出口',
    noSeat: '无座位'
  },
  seat: {
    separator: '，',
    free: '免费',
    taken: '已被占用',
    priceUnknown: '价格未知，不能选',
    otherCurrency: '以 {{currency}} 计价，不能选',
    yours: '已为{{passenger}}选定',
    heldBy: '已为{{passenger}}选定，其他人不可选'
  },
  characteristic: {
    window: '靠窗',
    aisle: '靠过道',
    middle: '中间',
    exit: '出口排',
    extraLegroom: '加大腿部空间',
    front: '客舱前部',
    bassinet: '婴儿摇篮位'
  },
  picked: {
    picked: '已为{{passenger}}选定座位 {{seat}}。',
    unpicked: '已取消座位 {{seat}}；{{passenger}}在此航班没有座位。',
    lap: '婴儿没有自己的座位。',
    heldBy: '座位 {{seat}} 已为{{passenger}}选定。',
    noSuchSeat: '座位 {{seat}} 不在此座位图上。',
    taken: '座位 {{seat}} 已被占用。',
    priceUnknown: '座位 {{seat}} 不能选：FR24 未提供价格。',
    otherCurrency: '座位 {{seat}} 不能选：以 {{currency}} 计价，与机票币种不同。'
  },
  legend: {
    label: '座位图图例',
    free: '免费',
    paid: '收费',
    unknown: '价格未知（不能选）',
    taken: '已被占用',
    yours: '已为当前乘客选定',
    others: '已为其他乘客选定'
  },
  bags: {
    title: '行李',
    for: '适用于 {{flights}}',
    allFlights: '全部航班',
    checkIn: '托运行李',
    weight: '{{kg}} 公斤',
    pieces_one: '{{count}} 件',
    pieces_other: '{{count}} 件',
    each: '每件 {{price}}',
    otherCurrency: '以 {{currency}} 计价，不能添加',
    line: '{{n}} × {{price}} = {{amount}}'
  },
  total: {
    label: '预订总额',
    line: '机票 {{fare}} + 座位 {{seats}} + 行李 {{bags}} = 总额 {{total}}'
  }
}
