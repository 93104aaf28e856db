import { hashInt, Rng } from '../world/prng'
import type { Passenger, TicketInfo } from '../state/state'
import type { Segment } from '../world/types'

/**
 * Ticket numbers and record locators. A ticket number is the plating
 * carrier's 3-digit accounting code plus 10 digits; one ticket holds at most
 * four flight coupons, so longer journeys get conjunction tickets. Shape of
 * the result follows orderChangeInforming `info.ticketInfo[]`: per passenger,
 * `ticketNo[i]` covers `segmentIds[i]` (segment ids joined with `^`).
 */

// Airline accounting (ticketing) prefixes of the fixture carriers.
const ACCOUNTING_CODE: Readonly<Record<string, string>> = {
  SQ: '618', CX: '160', CA: '999', MU: '781', CZ: '784', HU: '880', MF: '731', ZH: '479', '3U': '876', FM: '774',
  HX: '851', HO: '018', NH: '205', JL: '131', KE: '180', OZ: '988', BR: '695', CI: '297', TG: '217', MH: '232',
  GA: '126', PR: '079', VN: '738', AI: '098', QF: '081', NZ: '086', EK: '176', QR: '157', EY: '607', SV: '065',
  TK: '235', LH: '220', LX: '724', OS: '257', BA: '125', VS: '932', AF: '057', KL: '074', IB: '075', AZ: '055',
  SK: '117', AY: '105', SU: '555', LO: '080', EI: '053', TP: '047', UA: '016', AA: '001', DL: '006', AC: '014',
  AM: '139', LA: '045', CM: '230', ET: '071', KQ: '706', SA: '083', MS: '077', AT: '147', UL: '603', PX: '656'
}

function accountingCode(carrier: string): string {
  return ACCOUNTING_CODE[carrier] ?? String(100 + (hashInt('accounting', carrier) % 900))
}

const LOCATOR = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function recordLocator(rng: Rng): string {
  let out = ''
  for (let i = 0; i < 6; i++) out += LOCATOR[rng.int(0, LOCATOR.length - 1)]
  return out
}

export function issueTickets(seed: string, orderNo: string, plating: string, passengers: readonly Passenger[], segments: readonly Segment[]): TicketInfo[] {
  const rng = new Rng(seed, 'tickets', orderNo)
  const airlinePnr = recordLocator(rng)
  const gdsPnr = recordLocator(rng)
  const groups: string[] = []
  for (let i = 0; i < segments.length; i += 4) {
    groups.push(segments.slice(i, i + 4).map((s) => s.segmentId).join('^'))
  }
  return passengers.map((p) => ({
    paxId: p.paxId,
    airlinePnr: groups.map(() => airlinePnr),
    gdsPnr: groups.map(() => gdsPnr),
    ticketNo: groups.map(() => `${accountingCode(plating)}${String(rng.int(0, 99_999)).padStart(5, '0')}${String(rng.int(0, 99_999)).padStart(5, '0')}`),
    segmentIds: groups
  }))
}
