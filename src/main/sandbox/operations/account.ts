import { createHash } from 'node:crypto'
import type { SandboxCore } from '../state/core'
import { hex32 } from '../world/prng'
import { badParameter } from '../http/errors'
import { fileUploadRequest, read } from '../http/requests'
import { chinaBalanceTime } from '../world/time'

/** selectBalance and fileUpload: the wallet, and proof documents for refunds. */

export function selectBalance(core: SandboxCore): unknown {
  const view = core.ledger.view()
  return {
    accountBalance: view.accountBalance,
    availableCreditLimit: view.availableCreditLimit,
    // The documented key, typo and apostrophe included (fr24-inferences §6 selectBalance).
    "accountCurency'": view.currency,
    accountPayable: view.accountPayable,
    time: chinaBalanceTime(core.now())
  }
}

const MAX_FILE_BYTES = 5 * 1024 * 1024

export function fileUpload(core: SandboxCore, body: unknown): unknown {
  const req = read(fileUploadRequest, body)
  const compact = req.content.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) badParameter('content', 'must be Base64')
  const bytes = Buffer.from(compact, 'base64')
  if (bytes.length === 0) badParameter('content', 'is an empty file')
  if (bytes.length > MAX_FILE_BYTES) badParameter('content', 'is larger than 5 MB')
  // Only what identifies the file is kept; the sandbox has no use for the bytes.
  const fileId = hex32(core.seed, 'file', core.nextFileSerial())
  core.state.files[fileId] = {
    fileId,
    fileName: req.fileName,
    fileType: req.fileType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    at: core.now()
  }
  core.changed()
  return { fileId, fileName: req.fileName }
}
