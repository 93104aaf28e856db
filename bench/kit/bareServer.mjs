// A bare HTTP server, the baseline of the bridge figures: plain Node, answering every request
// with the bytes of one file (the desk's own answer to the same call), printing its URL.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const body = readFileSync(process.argv[2])
const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body))
})
server.listen(0, '127.0.0.1', () => console.log(`bare server running at http://127.0.0.1:${server.address().port}/`))
process.stdin.resume()
process.stdin.on('end', () => server.close(() => process.exit(0)))
