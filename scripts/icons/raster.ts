/**
 * A tiny anti-aliased rasterizer for icons. Shapes are given in unit coordinates
 * (0..1 across the icon) and drawn at any size through their signed distance: a
 * pixel's coverage is how far its centre lies inside the edge, over one pixel.
 */

export type Shape =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'ring'; cx: number; cy: number; r: number; width: number }
  | { kind: 'capsule'; ax: number; ay: number; bx: number; by: number; width: number }
  | { kind: 'roundRect'; x: number; y: number; w: number; h: number; r: number }
  | { kind: 'polygon'; points: ReadonlyArray<readonly [number, number]> }

export type Rgb = readonly [number, number, number]

/** Paint covers with a colour; cut removes coverage (punches a hole). */
export type Layer = { op: 'paint'; shape: Shape; color: Rgb } | { op: 'cut'; shape: Shape }

/** Signed distance from (x, y) to the shape's edge, in unit coordinates (negative inside). */
export function signedDistance(shape: Shape, x: number, y: number): number {
  switch (shape.kind) {
    case 'circle':
      return Math.hypot(x - shape.cx, y - shape.cy) - shape.r
    case 'ring':
      return Math.abs(Math.hypot(x - shape.cx, y - shape.cy) - shape.r) - shape.width / 2
    case 'capsule': {
      const dx = shape.bx - shape.ax
      const dy = shape.by - shape.ay
      const length2 = dx * dx + dy * dy
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - shape.ax) * dx + (y - shape.ay) * dy) / length2))
      return Math.hypot(x - (shape.ax + t * dx), y - (shape.ay + t * dy)) - shape.width / 2
    }
    case 'roundRect': {
      const r = Math.min(shape.r, shape.w / 2, shape.h / 2)
      const qx = Math.abs(x - (shape.x + shape.w / 2)) - (shape.w / 2 - r)
      const qy = Math.abs(y - (shape.y + shape.h / 2)) - (shape.h / 2 - r)
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
    }
    case 'polygon':
      return polygonDistance(shape.points, x, y)
  }
}

// Distance to the nearest edge, negative inside (crossing-number test for the sign).
function polygonDistance(points: ReadonlyArray<readonly [number, number]>, x: number, y: number): number {
  let best = Infinity
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!
    const [xj, yj] = points[j]!
    const ex = xj - xi
    const ey = yj - yi
    const wx = x - xi
    const wy = y - yi
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey || 1)))
    best = Math.min(best, Math.hypot(wx - ex * t, wy - ey * t))
    if (yi > y !== yj > y && x < (ex * (y - yi)) / (ey || 1e-12) + xi) inside = !inside
  }
  return inside ? -best : best
}

/** The shape turned by `degrees` (clockwise on screen) about (cx, cy). */
export function rotate(shape: Shape, degrees: number, cx = 0.5, cy = 0.5): Shape {
  const a = (degrees * Math.PI) / 180
  const turn = (x: number, y: number): [number, number] => [
    cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a),
    cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a)
  ]
  switch (shape.kind) {
    case 'circle':
    case 'ring': {
      const [x, y] = turn(shape.cx, shape.cy)
      return { ...shape, cx: x, cy: y }
    }
    case 'capsule': {
      const [ax, ay] = turn(shape.ax, shape.ay)
      const [bx, by] = turn(shape.bx, shape.by)
      return { ...shape, ax, ay, bx, by }
    }
    case 'polygon':
      return { kind: 'polygon', points: shape.points.map(([x, y]) => turn(x, y)) }
    case 'roundRect':
      throw new Error('rotate a polygon instead of a rounded rectangle')
  }
}

/** Fraction of the pixel centred at (px, py) (pixel units) covered by the shape, at `size` pixels per unit. */
export function coverage(shape: Shape, px: number, py: number, size: number): number {
  const d = signedDistance(shape, px / size, py / size) * size
  return Math.max(0, Math.min(1, 0.5 - d))
}

/** Draws the layers on a transparent square and answers straight (not premultiplied) RGBA bytes. */
export function rasterize(size: number, layers: readonly Layer[]): Uint8Array {
  const out = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Premultiplied while compositing.
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (const layer of layers) {
        const c = coverage(layer.shape, x + 0.5, y + 0.5, size)
        if (c === 0) continue
        if (layer.op === 'paint') {
          r = layer.color[0] * c + r * (1 - c)
          g = layer.color[1] * c + g * (1 - c)
          b = layer.color[2] * c + b * (1 - c)
          a = c + a * (1 - c)
        } else {
          r *= 1 - c
          g *= 1 - c
          b *= 1 - c
          a *= 1 - c
        }
      }
      const i = (y * size + x) * 4
      out[i] = a > 0 ? Math.round(r / a) : 0
      out[i + 1] = a > 0 ? Math.round(g / a) : 0
      out[i + 2] = a > 0 ? Math.round(b / a) : 0
      out[i + 3] = Math.round(a * 255)
    }
  }
  return out
}

export function hex(color: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
  if (!m) throw new Error(`not a #rrggbb colour: ${color}`)
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)]
}
