import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The embedded Sandbox's thread (src/main/sandbox/worker.ts starts out/main/sandboxWorker.js).
          sandboxWorker: resolve('src/main/sandbox/workerMain.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot require node_modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    // The window shows when it was built (Settings → Diagnostics), beside the version.
    define: { __FR24_DESK_BUILT_AT__: JSON.stringify(new Date().toISOString()) },
    build: {
      // Electron 45's Chromium and every browser the host supports run ES2022 (top-level await).
      target: 'es2022',
      // electron-vite leaves the renderer unminified; the window loads it on every start.
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
