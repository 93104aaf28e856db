import countries from 'i18n-iso-countries'
import enNames from 'i18n-iso-countries/langs/en.json'
import zhNames from 'i18n-iso-countries/langs/zh.json'
import type { Language } from '../../../../shared/domain/app'

/**
 * The ISO 3166 countries for Issuing country and Nationality, named in the agent's language
 * (i18n-iso-countries; only the two languages the desk speaks are loaded into the window).
 */
countries.registerLocale(enNames)
countries.registerLocale(zhNames)

const LOCALE: Readonly<Record<Language, string>> = { en: 'en', 'zh-CN': 'zh' }

export interface CountryOption {
  code: string
  name: string
}

/** Every alpha-2 code the list knows (the rules refuse any other). */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()))

const options = new Map<Language, readonly CountryOption[]>()

/** The list as the agent reads it: short names, sorted the language's way. */
export function countryOptions(language: Language): readonly CountryOption[] {
  const known = options.get(language)
  if (known) return known
  const locale = LOCALE[language]
  const names = countries.getNames(locale, { select: 'official' })
  const list = [...COUNTRY_CODES]
    .map((code) => ({ code, name: names[code] ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, language))
  options.set(language, list)
  return list
}

export function countryName(code: string, language: Language): string | undefined {
  return countries.getName(code, LOCALE[language], { select: 'official' })
}

/**
 * Codes a passport's MRZ uses that are not ISO alpha-3 (ICAO 9303 part 3): Germany is `D`, the
 * British nationality classes are `GB?`, Kosovo `RKS`. Stateless, refugee and UN documents
 * (XXA, XXB, XXC, XXX, UNO, UNA, UNK…) have no country: the agent chooses one.
 */
const MRZ_CODES: Readonly<Record<string, string>> = { D: 'DE', GBD: 'GB', GBN: 'GB', GBO: 'GB', GBP: 'GB', GBS: 'GB', RKS: 'XK' }

/** The ISO alpha-2 code for an MRZ country code, or undefined when it names no country. */
export function countryFromMrz(code: string): string | undefined {
  const tidy = code.replace(/</g, '')
  return MRZ_CODES[tidy] ?? countries.alpha3ToAlpha2(tidy) ?? undefined
}
