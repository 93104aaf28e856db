/**
 * FR24's passenger `name`: `SURNAME/GIVEN`, capitals only (schema/input.ts PaxName). The agent
 * types names as the passport prints them, spaces and hyphens included; airline systems drop
 * those ("VAN DER BERG" / "JEAN-PIERRE" → "VANDERBERG/JEANPIERRE"), and so does the desk. The
 * duplicate guard compares travellers by this same spelling.
 */
export function fr24PaxName(surname: string, givenNames: string): string {
  const letters = (name: string): string => name.trim().toUpperCase().replace(/[\s-]+/g, '')
  return `${letters(surname)}/${letters(givenNames)}`
}
