import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import type { Clock } from '../util/clock'
import type { LogFields, Logger, LogLevel } from '../util/log'
import { startSandbox, type RunningSandbox } from './index'
import { clockOffsetCell, type FromWorker, type SandboxWorkerData, type ToWorker } from './workerProtocol'

/**
 * The Sandbox's own thread (started by worker.ts; built as out/main/sandboxWorker.js). It owns the
 * HTTP server on the loopback port and the state file, so building a 2,000-offer answer never
 * holds up the desk's event loop. Its log lines go to the desk's logger, which redacts them.
 */

function send(port: MessagePort, message: FromWorker): void {
  try {
    port.postMessage(message)
  } catch {
    // A log field that cannot be cloned (a function, a socket): the line without its fields.
    if (message.type === 'log') port.postMessage({ ...message, fields: { note: 'fields could not be sent from the Sandbox thread' } })
  }
}

function portLogger(port: MessagePort, base: LogFields): Logger {
  const write = (level: LogLevel) => (message: string, fields?: LogFields) => send(port, { type: 'log', level, message, fields: { ...base, ...fields } })
  return { info: write('info'), warn: write('warn'), error: write('error'), child: (fields) => portLogger(port, { ...base, ...fields }) }
}

async function main(port: MessagePort, data: SandboxWorkerData): Promise<void> {
  const offset = clockOffsetCell(data.clockOffset)
  const clock: Clock = { now: () => Date.now() + Number(Atomics.load(offset, 0)) }
  const { clockOffset: _shared, ...options } = data
  let sandbox: RunningSandbox
  try {
    sandbox = await startSandbox({ ...options, clock, log: portLogger(port, {}) })
  } catch (error) {
    send(port, { type: 'failed', message: error instanceof Error ? error.message : String(error) })
    port.close()
    return
  }
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'control':
        sandbox.control.call(message.name, message.params).then(
          (value) => send(port, { type: 'answer', id: message.id, ok: true, value }),
          (error: unknown) => send(port, { type: 'answer', id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) })
        )
        return
      case 'close':
        // Nothing is left to keep the thread alive once the server is closed and the port too.
        void sandbox.close().finally(() => {
          send(port, { type: 'closed' })
          port.close()
        })
        return
    }
  })
  send(port, { type: 'listening', url: sandbox.url, port: sandbox.port })
}

if (!parentPort) throw new Error('workerMain.ts runs as a worker thread (see worker.ts), not on its own')
void main(parentPort, workerData as SandboxWorkerData)
