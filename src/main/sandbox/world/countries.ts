/**
 * ISO 3166 two-letter codes for the dataset's country names. Intl knows the
 * names of every code; the dataset spells about thirty differently (older or
 * "and" instead of "&"), listed here. Used for tax codes, the domestic test
 * of `cardType ID`, and carriers' home markets.
 */
const SPELLED_DIFFERENTLY: Readonly<Record<string, string>> = {
  "Cote d'Ivoire": 'CI',
  'Congo (Brazzaville)': 'CG',
  'Congo (Kinshasa)': 'CD',
  Swaziland: 'SZ',
  'Saint Helena': 'SH',
  Reunion: 'RE',
  'Sao Tome and Principe': 'ST',
  'Saint Pierre and Miquelon': 'PM',
  'Czech Republic': 'CZ',
  'Bosnia and Herzegovina': 'BA',
  Turkey: 'TR',
  Macedonia: 'MK',
  'Turks and Caicos Islands': 'TC',
  'Wallis and Futuna': 'WF',
  'West Bank': 'PS',
  Palestine: 'PS',
  'Midway Islands': 'UM',
  'Johnston Atoll': 'UM',
  'Wake Island': 'UM',
  'Antigua and Barbuda': 'AG',
  'Virgin Islands': 'VI',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Netherlands Antilles': 'CW',
  'Trinidad and Tobago': 'TT',
  'Saint Vincent and the Grenadines': 'VC',
  'Hong Kong': 'HK',
  Macau: 'MO',
  Burma: 'MM',
  Myanmar: 'MM',
  'East Timor': 'TL',
  Korea: 'KP',
  'South Georgia and the Islands': 'GS',
  Svalbard: 'SJ'
}

let byName: Map<string, string> | null = null

function table(): Map<string, string> {
  if (byName) return byName
  const names = new Intl.DisplayNames(['en'], { type: 'region' })
  const map = new Map<string, string>()
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b)
      try {
        const name = names.of(code)
        if (name && name !== code && !map.has(name)) map.set(name, code)
      } catch {
        // not a region code
      }
    }
  }
  for (const [name, code] of Object.entries(SPELLED_DIFFERENTLY)) map.set(name, code)
  byName = map
  return map
}

/** Two-letter code for a dataset country name; "XX" when unknown. */
export function countryCode(name: string): string {
  return table().get(name) ?? 'XX'
}
