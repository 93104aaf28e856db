/**
 * City (metro) codes the agent may search as "all airports". IATA publishes these; OpenFlights has
 * no city codes, so this small table is written by hand from public knowledge (IATA city codes and
 * the airline airports each serves). FR24 is told `typeO/typeD: airportgroup` for these.
 */
export interface Metro {
  code: string
  city: string
  country: string
  airports: readonly string[]
}

export const METROS: readonly Metro[] = [
  { code: 'LON', city: 'London', country: 'United Kingdom', airports: ['LHR', 'LGW', 'STN', 'LTN', 'LCY', 'SEN'] },
  { code: 'TYO', city: 'Tokyo', country: 'Japan', airports: ['HND', 'NRT'] },
  { code: 'BJS', city: 'Beijing', country: 'China', airports: ['PEK', 'PKX'] },
  { code: 'NYC', city: 'New York', country: 'United States', airports: ['JFK', 'EWR', 'LGA'] },
  { code: 'PAR', city: 'Paris', country: 'France', airports: ['CDG', 'ORY', 'BVA'] },
  { code: 'MIL', city: 'Milan', country: 'Italy', airports: ['MXP', 'LIN', 'BGY'] },
  { code: 'ROM', city: 'Rome', country: 'Italy', airports: ['FCO', 'CIA'] },
  { code: 'SEL', city: 'Seoul', country: 'South Korea', airports: ['ICN', 'GMP'] },
  { code: 'OSA', city: 'Osaka', country: 'Japan', airports: ['KIX', 'ITM', 'UKB'] },
  { code: 'SHA', city: 'Shanghai', country: 'China', airports: ['PVG', 'SHA'] },
  { code: 'CHI', city: 'Chicago', country: 'United States', airports: ['ORD', 'MDW'] },
  { code: 'WAS', city: 'Washington', country: 'United States', airports: ['IAD', 'DCA', 'BWI'] },
  { code: 'MOW', city: 'Moscow', country: 'Russia', airports: ['SVO', 'DME', 'VKO'] },
  { code: 'STO', city: 'Stockholm', country: 'Sweden', airports: ['ARN', 'BMA', 'NYO'] },
  { code: 'BUE', city: 'Buenos Aires', country: 'Argentina', airports: ['EZE', 'AEP'] },
  { code: 'SAO', city: 'Sao Paulo', country: 'Brazil', airports: ['GRU', 'CGH', 'VCP'] },
  { code: 'RIO', city: 'Rio de Janeiro', country: 'Brazil', airports: ['GIG', 'SDU'] },
  { code: 'YTO', city: 'Toronto', country: 'Canada', airports: ['YYZ', 'YTZ'] },
  { code: 'YMQ', city: 'Montreal', country: 'Canada', airports: ['YUL'] }
]
