// A bare static file server, the baseline of bench/startup.ts: plain Node (no tsx, no desk), serving
// a built folder with the same content types, and printing its URL the way the desk does.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const root = process.argv[2]
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '')
  try {
    const body = await readFile(join(root, path === '' ? 'index.html' : path))
    res.writeHead(200, { 'content-type': types[extname(path || 'index.html')] ?? 'application/octet-stream' })
    res.end(body)
  } catch {
    res.writeHead(404).end()
  }
})
server.listen(0, '127.0.0.1', () => console.log(`static server running at http://127.0.0.1:${server.address().port}/`))
process.stdin.resume()
process.stdin.on('end', () => server.close(() => process.exit(0)))
