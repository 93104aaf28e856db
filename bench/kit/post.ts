import { Agent, request, type IncomingHttpHeaders } from 'node:http'

/**
 * The client of the bare node:http figures: one kept-alive connection. Node's fetch spent about a
 * millisecond of its own on every call (its streams and promises), as much as the host's whole work
 * for a small call, so it measured itself more than the host. What a figure compares (the host and
 * its bare server; a bare shopping read) is measured with this same client.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1 })

/** One POST over that connection: the answer's headers and its body as it came (not inflated). */
export function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

export async function postText(url: string, body: string, headers: Record<string, string> = {}): Promise<string> {
  return (await post(url, body, headers)).body.toString('utf8')
}

/** Closes the kept-alive connection, so the process can end. */
export function closeConnections(): void {
  agent.destroy()
}
