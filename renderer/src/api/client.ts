import type { InputOf, OperationName, OutputOf } from '../../../shared/contract'
import type { ApiErrorData } from '../../../shared/errors'
import { ApiFailure, invokeOver, messageOf } from './outcome'
import { bridge } from './transport'

export { ApiFailure, messageOf }

/**
 * Calls an operation. Only the data layer (renderer/src/data) and the map's command queue call
 * this (an ESLint rule says so): views read with useQuery and write with useMutation.
 */
export function invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  return invokeOver(bridge, name, input)
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
