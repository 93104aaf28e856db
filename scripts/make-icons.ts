// `npm run icons` (`npx tsx scripts/make-icons.ts`): draws build/icon.png and build/tray/*.png from the
// one description in scripts/icons/design.ts, and build/icon.ico and build/icon.icns from the app
// icon. Commit the results; electron-builder copies build/tray to resources/tray.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { iconContainers } from './icons/containers'
import { iconFiles } from './icons/design'
import { encodePng } from './icons/png'
import { rasterize } from './icons/raster'

const buildDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'build')
for (const file of iconFiles()) {
  const target = join(buildDir, file.path)
  mkdirSync(dirname(target), { recursive: true })
  const png = encodePng(file.size, file.size, rasterize(file.size, file.layers))
  writeFileSync(target, png)
  console.log(`${file.path} ${file.size}×${file.size} ${png.length} bytes`)
  if (file.path === 'icon.png') {
    for (const [extension, bytes] of Object.entries(iconContainers(png))) {
      writeFileSync(join(buildDir, `icon.${extension}`), bytes)
      console.log(`icon.${extension} ${bytes.length} bytes`)
    }
  }
}
