import { PNG } from 'pngjs'

/**
 * The icons as PNG files, written by pngjs: 8-bit RGBA, no interlace. Filter "none" on
 * every row and zlib's default strategy at level 9 keep the committed files byte for byte
 * what they were (pngjs's own defaults pick filters per row and the RLE strategy).
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`bad PNG size ${width}×${height}`)
  }
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`)
  const image = new PNG({ width, height, colorType: 6, inputColorType: 6, bitDepth: 8 })
  image.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength)
  return PNG.sync.write(image, { colorType: 6, inputColorType: 6, bitDepth: 8, filterType: 0, deflateLevel: 9, deflateStrategy: 0 })
}
