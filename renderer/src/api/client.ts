import type { InputOf, OperationName, OutputOf } from '../../../shared/contract'
import type { ApiErrorData } from '../../../shared/errors'
import { bridge } from './transport'

/** An operation failed; `data` says how and where, ready to show. */
export class ApiFailure extends Error {
  readonly data: ApiErrorData
  constructor(data: ApiErrorData) {
    super(data.message)
    this.data = data
  }
}

/** Calls an operation; resolves with its output or throws an ApiFailure. Components call this, never the bridge. */
export async function invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const outcome = await bridge.invoke(name, input)
  if (!outcome.ok) throw new ApiFailure(outcome.error)
  return outcome.data as OutputOf<N>
}

/** The same, as {data, error}, for callers that would rather not catch. */
export async function call<N extends OperationName>(
  name: N,
  input: InputOf<N>
): Promise<{ data: OutputOf<N>; error: null } | { data: null; error: ApiErrorData }> {
  try {
    return { data: await invoke(name, input), error: null }
  } catch (error) {
    return { data: null, error: messageOf(error) }
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
