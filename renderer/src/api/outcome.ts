import type { CasebookBridge } from '../../../shared/bridge'
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract'
import type { ApiErrorData } from '../../../shared/errors'

/** An operation failed; `data` says how and where, ready to show. */
export class ApiFailure extends Error {
  readonly data: ApiErrorData
  constructor(data: ApiErrorData) {
    super(data.message)
    this.data = data
  }
}

/**
 * The failure as the user should read it. A form already shows which field is wrong, so the
 * "(at title)" that the API adds for command-line users and logs is left off.
 */
export function messageOf(error: unknown): ApiErrorData {
  if (error instanceof ApiFailure) {
    const { data } = error
    return data.path ? { ...data, message: data.message.replace(` (at ${data.path})`, '') } : data
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error), path: '' }
}

/** Calls an operation over the given bridge; resolves with its output or throws an ApiFailure. */
export async function invokeOver<N extends OperationName>(over: CasebookBridge, name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const outcome = await over.invoke(name, input)
  if (!outcome.ok) throw new ApiFailure(outcome.error)
  return outcome.data as OutputOf<N>
}
