import type { DeskError } from '../../../shared/errors'

/**
 * Services throw this for failures the agent should see as they are (bad credentials,
 * an FR24 error, a locked keychain). Anything else thrown is a bug and reaches the
 * renderer only as a generic internal error.
 */
export class DeskFailure extends Error {
  constructor(readonly error: DeskError) {
    super(error.message)
    this.name = 'DeskFailure'
  }
}

export const failure = (error: DeskError): DeskFailure => new DeskFailure(error)
