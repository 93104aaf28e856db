import { DeskFailure } from '../core/failure'

/** Resolves to the DeskFailure an operation threw (fails the test if it did not throw one). */
export async function failureOf(operation: Promise<unknown>): Promise<DeskFailure> {
  try {
    await operation
  } catch (error) {
    if (error instanceof DeskFailure) return error
    throw new Error(`expected a DeskFailure, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected a DeskFailure, but the operation succeeded')
}
