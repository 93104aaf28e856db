import dbus from 'dbus-next'

/**
 * A Secret Service that accepts every request and never answers: a real D-Bus
 * connection that owns org.freedesktop.secrets on the session bus and swallows
 * each method call sent to it. libsecret's request stays pending on its worker
 * thread, as with a keyring daemon that hangs.
 *
 * Only for tests, on a private session bus. The bus address must be a path
 * (unix:path / unix:dir), which dbus-next reaches without native helpers.
 */
export interface SilentSecretService {
  /** Each method call received, as "interface.member", in order. */
  readonly received: string[]
  /** Resolves when the first method call has arrived. */
  readonly firstCall: Promise<void>
  /** Leaves the bus: the daemon answers every call still pending with "recipient disconnected". */
  stop(): void
}

export const SECRET_SERVICE_NAME = 'org.freedesktop.secrets'

export async function claimSilentSecretService(): Promise<SilentSecretService> {
  const bus = dbus.sessionBus()
  const received: string[] = []
  let arrived: () => void = () => {}
  const firstCall = new Promise<void>((resolve) => (arrived = resolve))
  bus.addMethodHandler((message: dbus.Message): boolean => {
    // Every call reaching this connection is for the name it owns (or its unique name): none is answered.
    received.push(`${message.interface ?? '(none)'}.${message.member ?? '(none)'}`)
    arrived()
    // Handled, and never replied to.
    return true
  })
  const reply = await bus.requestName(SECRET_SERVICE_NAME, dbus.NameFlag.DO_NOT_QUEUE)
  if (reply !== dbus.RequestNameReply.PRIMARY_OWNER) {
    bus.disconnect()
    throw new Error(`could not own ${SECRET_SERVICE_NAME} on the session bus (reply ${reply})`)
  }
  return { received, firstCall, stop: () => bus.disconnect() }
}
