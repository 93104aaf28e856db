import { createHash } from 'node:crypto'

/**
 * Deterministic randomness. Every generated fact is drawn from a stream keyed
 * by the sandbox seed plus what it is about (route, date, carrier…), so the
 * same search on the same seed always shows the same flights, and changing
 * one route never reshuffles another.
 */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(...key: readonly (string | number)[]) {
    const digest = createHash('sha256').update(key.join('\u001f'), 'utf8').digest()
    this.a = digest.readUInt32LE(0)
    this.b = digest.readUInt32LE(4)
    this.c = digest.readUInt32LE(8)
    this.d = digest.readUInt32LE(12)
    // A few rounds so close keys do not start with correlated outputs.
    for (let i = 0; i < 12; i++) this.next()
  }

  /** sfc32: small, fast and good enough for schedules and fares. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Up to n distinct items, order randomised. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice()
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = tmp
    }
    return copy.slice(0, Math.max(0, n))
  }
}

/** A stable unsigned 32-bit number for a key, for choices that need no stream. */
export function hashInt(...key: readonly (string | number)[]): number {
  return createHash('sha256').update(key.join('\u001f'), 'utf8').digest().readUInt32LE(0)
}

/**
 * 32 lower-case hex characters, the shape FR24 uses for segmentId and legId:
 * a stable id for what the key names, so regenerated flights keep their ids.
 */
export function hex32(...parts: readonly (string | number)[]): string {
  return createHash('md5').update(parts.join('|'), 'utf8').digest('hex')
}
