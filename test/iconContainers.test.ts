import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { iconContainers } from '../scripts/icons/containers'

/** Width and height from a PNG's IHDR. */
const pngSize = (png: Buffer) => {
  expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

describe('app icon containers (.ico, .icns)', () => {
  const master = readFileSync('build/icon.png')

  it('the committed build/icon.ico and build/icon.icns are what the script makes from build/icon.png (run `npm run icons`)', () => {
    const made = iconContainers(master)
    expect(readFileSync('build/icon.ico').equals(made.ico)).toBe(true)
    expect(readFileSync('build/icon.icns').equals(made.icns)).toBe(true)
  })

  it('.ico: a Windows icon directory of 16 to 256 px images, each a PNG of the size its entry says', () => {
    const ico = readFileSync('build/icon.ico')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i
      const size = ico[entry] || 256
      const bytes = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(offset + bytes).toBeLessThanOrEqual(ico.length)
      expect(pngSize(ico.subarray(offset, offset + bytes))).toEqual([size, size])
      return size
    })
    for (const needed of [16, 24, 32, 48, 64, 256]) expect(sizes).toContain(needed)
  })

  it('.icns: an Apple icon family whose chunks add up to the file, with PNGs up to 1024 px', () => {
    const icns = readFileSync('build/icon.icns')
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const chunks = new Map<string, Buffer>()
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const length = icns.readUInt32BE(offset + 4)
      expect(length).toBeGreaterThan(8)
      chunks.set(icns.toString('latin1', offset, offset + 4), icns.subarray(offset + 8, offset + length))
    }
    // ic07..ic10: 128, 256, 512 and 1024 px PNGs (the 512@2x Retina image is ic10).
    expect(pngSize(chunks.get('ic07')!)).toEqual([128, 128])
    expect(pngSize(chunks.get('ic08')!)).toEqual([256, 256])
    expect(pngSize(chunks.get('ic09')!)).toEqual([512, 512])
    expect(pngSize(chunks.get('ic10')!)).toEqual([1024, 1024])
  })
})
