import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { startSandbox } from './index'

/**
 * Standalone sandbox: `npm run sandbox -- --port 8624 --seed 1`.
 * The account comes from flags or FR24_SANDBOX_* variables; the first line
 * on stdout is exactly `listening on http://127.0.0.1:<port>` (tests read it).
 */

const USAGE = `FR24 Sandbox — a local simulator of the FR24 partner API

  npm run sandbox -- [options]

  --port <n>            port on 127.0.0.1 (default 8624; 0 = any free port)
  --seed <text>         inventory seed (default 1)
  --app-key <key>       account appKey        (env FR24_SANDBOX_APP_KEY, default sandbox-agency)
  --app-secret <s>      signing secret         (env FR24_SANDBOX_APP_SECRET, default sandbox-secret)
  --aes-key <16 bytes>  passenger AES key      (env FR24_SANDBOX_AES_KEY, default 0123456789abcdef)
  --balance <amount>    opening balance        (env FR24_SANDBOX_BALANCE, default 100000.00)
  --currency <ISO>      account currency       (env FR24_SANDBOX_CURRENCY, default CNY)
  --credit-limit <amt>  credit limit           (env FR24_SANDBOX_CREDIT_LIMIT, default 0)
  --state <path>        folder, .sqlite or .json file to keep state in (default: memory only)
  --control-token <t>   enable POST /__control/* with this token (env FR24_SANDBOX_CONTROL_TOKEN)
  --control             enable the control API with a random token (printed)
  --offers <n>          load knob: at least n offers per search
  --issuance-delay <s>  seconds from ticketing to issued tickets (default 120)
  --help
`

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      'app-key': { type: 'string' },
      'app-secret': { type: 'string' },
      'aes-key': { type: 'string' },
      balance: { type: 'string' },
      currency: { type: 'string' },
      'credit-limit': { type: 'string' },
      state: { type: 'string' },
      'control-token': { type: 'string' },
      control: { type: 'boolean' },
      offers: { type: 'string' },
      'issuance-delay': { type: 'string' },
      help: { type: 'boolean' }
    },
    strict: true
  })
  if (values.help) {
    process.stdout.write(USAGE)
    return
  }
  const env = process.env
  const token = values['control-token'] ?? env.FR24_SANDBOX_CONTROL_TOKEN ?? (values.control ? randomBytes(18).toString('base64url') : undefined)
  const issuance = values['issuance-delay']
  startSandbox({
    port: Number(values.port ?? 8624),
    seed: values.seed ?? '1',
    account: {
      appKey: values['app-key'] ?? env.FR24_SANDBOX_APP_KEY ?? 'sandbox-agency',
      appSecret: values['app-secret'] ?? env.FR24_SANDBOX_APP_SECRET ?? 'sandbox-secret',
      aesKey: values['aes-key'] ?? env.FR24_SANDBOX_AES_KEY ?? '0123456789abcdef',
      balance: values.balance ?? env.FR24_SANDBOX_BALANCE ?? '100000.00',
      currency: (values.currency ?? env.FR24_SANDBOX_CURRENCY ?? 'CNY').toUpperCase(),
      creditLimit: values['credit-limit'] ?? env.FR24_SANDBOX_CREDIT_LIMIT ?? '0'
    },
    ...(values.state ? { statePath: values.state } : {}),
    ...(token ? { controlToken: token } : {}),
    ...(values.offers ? { offerCountKnob: Number(values.offers) } : {}),
    ...(issuance ? { settings: { issuanceDelayMs: Number(issuance) * 1000 } } : {})
  }).then(
    (sandbox) => {
      process.stdout.write(`listening on ${sandbox.url}\n`)
      if (token) process.stdout.write(`control token ${token}\n`)
      const stop = (): void => {
        sandbox.close().then(
          () => process.exit(0),
          () => process.exit(1)
        )
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    },
    (error: unknown) => {
      process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    }
  )
}

main()
