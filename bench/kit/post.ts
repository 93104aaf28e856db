import { Agent, request } from 'node:http'

/**
 * The measuring client for small calls: node:http over one kept-alive connection. Node's fetch
 * spent about a millisecond of its own on every call (its streams and promises), as much as the
 * host's whole work for a small call, so it measured itself more than the host. The host and the
 * bare server it is compared with are measured with this same client.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1 })

export function postText(url: string, body: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

/** Closes the kept-alive connection, so the process can end. */
export function closeConnections(): void {
  agent.destroy()
}
