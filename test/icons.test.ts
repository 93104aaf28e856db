import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { iconFiles, TRAY_LEVELS, trayLayers } from '../scripts/icons/design'
import { encodePng } from '../scripts/icons/png'
import { coverage, rasterize } from '../scripts/icons/raster'

/** Reads back what encodePng wrote, independently of the library that wrote it: size and RGBA, checking every CRC. */
function decode(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let offset = 8
  let width = 0
  let height = 0
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const data = png.subarray(offset + 8, offset + 8 + length)
    expect(png.readUInt32BE(offset + 8 + length)).toBe(zlibCrc32(png.subarray(offset + 4, offset + 8 + length)))
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0])
    }
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const rgba = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0)
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4)
  }
  return { width, height, rgba }
}

describe('PNG encoder', () => {
  it('round-trips pixels exactly with valid chunks', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256)
    const png = encodePng(3, 2, rgba)
    const decoded = decode(png)
    expect(decoded).toEqual({ width: 3, height: 2, rgba })
    // The file ends with the empty IEND chunk and its well-known CRC.
    expect([...png.subarray(-12)]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])
  })
  it('refuses a buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/16 bytes/)
  })
})

describe('rasterizer', () => {
  it('anti-aliases edges: inside opaque, outside clear, the edge in between', () => {
    const circle = { kind: 'circle' as const, cx: 0.5, cy: 0.5, r: 0.25 }
    expect(coverage(circle, 50, 50, 100)).toBe(1)
    expect(coverage(circle, 5, 5, 100)).toBe(0)
    expect(coverage(circle, 75, 50, 100)).toBeCloseTo(0.5, 5)
    const pixels = rasterize(16, [{ op: 'paint', shape: circle, color: [255, 0, 0] }])
    const alphas = new Set(Array.from({ length: 256 }, (_, i) => pixels[i * 4 + 3]))
    expect([...alphas].some((a) => a! > 0 && a! < 255)).toBe(true)
  })
})

describe('icon design', () => {
  it('lists the app icon and every tray level at 1× and 2×, colour and template', () => {
    const paths = iconFiles().map((f) => `${f.path}@${f.size}`)
    expect(paths).toContain('icon.png@1024')
    for (const level of TRAY_LEVELS) {
      for (const name of [level, `${level}Template`]) {
        expect(paths).toContain(`tray/${name}.png@16`)
        expect(paths).toContain(`tray/${name}@2x.png@32`)
      }
    }
  })

  it('template icons are black and alpha only; colour icons are not', () => {
    for (const level of TRAY_LEVELS) {
      const template = rasterize(32, trayLayers(level, 'template'))
      for (let i = 0; i < template.length; i += 4) {
        if (template[i + 3]! > 0) expect([template[i], template[i + 1], template[i + 2]]).toEqual([0, 0, 0])
      }
      const colour = rasterize(32, trayLayers(level, 'color'))
      expect(colour.some((v, i) => i % 4 !== 3 && v > 0)).toBe(true)
    }
  })

  it('each level has its own shape, not just its own colour', () => {
    const masks = TRAY_LEVELS.map((level) =>
      Array.from(rasterize(16, trayLayers(level, 'template')).filter((_, i) => i % 4 === 3)).join(',')
    )
    expect(new Set(masks).size).toBe(TRAY_LEVELS.length)
  })

  it('the committed files match the description (run `npx tsx scripts/make-icons.ts` after changing it)', () => {
    for (const file of iconFiles()) {
      const path = join('build', file.path)
      expect(existsSync(path), path).toBe(true)
      const decoded = decode(readFileSync(path))
      expect(decoded.width).toBe(file.size)
      if (file.size <= 32) expect(decoded.rgba).toEqual(rasterize(file.size, file.layers))
    }
  })
})
