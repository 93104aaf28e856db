import { describe, expect, it } from 'vitest'
import { fr24PaxName } from './paxName'

describe('fr24PaxName', () => {
  it('joins surname and given names with a slash', () => {
    expect(fr24PaxName('TAN', 'WEI')).toBe('TAN/WEI')
  })

  it('drops spaces and hyphens, as airline systems write such names', () => {
    expect(fr24PaxName('VAN DER BERG', 'JEAN-PIERRE')).toBe('VANDERBERG/JEANPIERRE')
    expect(fr24PaxName('  LEE ', 'MEI  LING')).toBe('LEE/MEILING')
  })

  it('writes capitals whatever was typed, and matches FR24’s PaxName pattern', () => {
    const name = fr24PaxName('o neil', 'mary-kate')
    expect(name).toBe('ONEIL/MARYKATE')
    expect(name).toMatch(/^[A-Z]+\/[A-Z]+$/)
  })
})
