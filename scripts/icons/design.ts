import { hex, rotate, type Layer, type Rgb, type Shape } from './raster'

/**
 * Every FR24 Desk icon, described once. The tray shows the balance level by SHAPE as
 * well as colour (macOS template images are black and alpha only, and nobody should
 * need colour to tell "critical" from "ok"):
 *
 *   ok       filled disc with a check mark
 *   low      filled disc with a downward arrow
 *   critical filled disc with an exclamation mark
 *   stale    hollow ring with clock hands (an old figure)
 *   error    filled disc with a cross
 *
 * Windows and Linux get the colour variant (white marks cut into a coloured disc);
 * macOS gets the template variant (black, marks punched out, tinted by the menu bar).
 */

export const TRAY_LEVELS = ['ok', 'low', 'critical', 'stale', 'error'] as const
export type TrayLevel = (typeof TRAY_LEVELS)[number]

interface LevelDesign {
  color: string
  /** disc: solid with the marks cut out; ring: hollow with the marks drawn. */
  base: 'disc' | 'ring'
  marks: Shape[]
}

const line = (ax: number, ay: number, bx: number, by: number, width: number): Shape => ({ kind: 'capsule', ax, ay, bx, by, width })

export const LEVELS: Readonly<Record<TrayLevel, LevelDesign>> = {
  ok: {
    color: '#1a7f37',
    base: 'disc',
    marks: [line(0.29, 0.52, 0.44, 0.67, 0.13), line(0.44, 0.67, 0.72, 0.36, 0.13)]
  },
  low: {
    color: '#b35900',
    base: 'disc',
    marks: [line(0.5, 0.24, 0.5, 0.7, 0.13), line(0.31, 0.52, 0.5, 0.72, 0.13), line(0.69, 0.52, 0.5, 0.72, 0.13)]
  },
  critical: {
    color: '#cf222e',
    base: 'disc',
    marks: [line(0.5, 0.22, 0.5, 0.55, 0.15), { kind: 'circle', cx: 0.5, cy: 0.75, r: 0.085 }]
  },
  stale: {
    color: '#6e7781',
    base: 'ring',
    marks: [line(0.5, 0.5, 0.5, 0.27, 0.11), line(0.5, 0.5, 0.67, 0.6, 0.11)]
  },
  error: {
    color: '#8250df',
    base: 'disc',
    marks: [line(0.33, 0.33, 0.67, 0.67, 0.14), line(0.67, 0.33, 0.33, 0.67, 0.14)]
  }
}

const DISC: Shape = { kind: 'circle', cx: 0.5, cy: 0.5, r: 0.47 }
const RING: Shape = { kind: 'ring', cx: 0.5, cy: 0.5, r: 0.4, width: 0.13 }
const BLACK: Rgb = [0, 0, 0]
const WHITE: Rgb = [255, 255, 255]

export type TrayVariant = 'color' | 'template'

export function trayLayers(level: TrayLevel, variant: TrayVariant): Layer[] {
  const design = LEVELS[level]
  const ink = variant === 'template' ? BLACK : hex(design.color)
  if (design.base === 'ring') {
    return [{ op: 'paint', shape: RING, color: ink }, ...design.marks.map((shape): Layer => ({ op: 'paint', shape, color: ink }))]
  }
  const marks = design.marks.map(
    (shape): Layer => (variant === 'template' ? { op: 'cut', shape } : { op: 'paint', shape, color: WHITE })
  )
  return [{ op: 'paint', shape: DISC, color: ink }, ...marks]
}

/** The application icon: a white aeroplane climbing to the upper right on a blue rounded square. */
export function appIconLayers(): Layer[] {
  const blue = hex('#1f6feb')
  const plane: Shape[] = [
    line(0.5, 0.16, 0.5, 0.8, 0.1),
    {
      kind: 'polygon',
      points: [
        [0.455, 0.4],
        [0.545, 0.4],
        [0.88, 0.58],
        [0.88, 0.65],
        [0.545, 0.56],
        [0.455, 0.56],
        [0.12, 0.65],
        [0.12, 0.58]
      ]
    },
    {
      kind: 'polygon',
      points: [
        [0.465, 0.7],
        [0.535, 0.7],
        [0.67, 0.8],
        [0.67, 0.85],
        [0.5, 0.81],
        [0.33, 0.85],
        [0.33, 0.8]
      ]
    }
  ]
  return [
    { op: 'paint', shape: { kind: 'roundRect', x: 0.06, y: 0.06, w: 0.88, h: 0.88, r: 0.2 }, color: blue },
    ...plane.map((shape): Layer => ({ op: 'paint', shape: rotate(shape, 45), color: WHITE }))
  ]
}

export interface IconFile {
  /** Relative to build/. */
  path: string
  size: number
  layers: Layer[]
}

/** Every file make-icons writes: the 1024 px app icon and each tray level at 1× and 2×, colour and template. */
export function iconFiles(): IconFile[] {
  const files: IconFile[] = [{ path: 'icon.png', size: 1024, layers: appIconLayers() }]
  for (const level of TRAY_LEVELS) {
    for (const variant of ['color', 'template'] as const) {
      const name = variant === 'template' ? `${level}Template` : level
      const layers = trayLayers(level, variant)
      files.push({ path: `tray/${name}.png`, size: 16, layers })
      files.push({ path: `tray/${name}@2x.png`, size: 32, layers })
    }
  }
  return files
}
