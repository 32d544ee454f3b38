import type { z } from 'zod'

export const ERROR_CODES = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'conflict',
  'store_locked',
  'forbidden',
  /** The user stopped it (an import being read). */
  'cancelled',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** What crosses a transport when an operation fails: plain JSON the page can show. */
export interface ApiErrorData {
  code: ErrorCode
  message: string
  /** Where in the input the problem is, such as "title" or "claims[3].parentId"; "" for the whole. */
  path: string
}

/** Thrown by operations and handlers; every transport turns it into ApiErrorData. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly path: string
  constructor(code: ErrorCode, message: string, path = '') {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.path = path
  }
  toJSON(): ApiErrorData {
    return { code: this.code, message: this.message, path: this.path }
  }
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

/** The first problem zod found, as an ApiError naming where it is. */
export function fromZodError(error: z.ZodError): ApiError {
  const issue = error.issues[0]
  const path = formatPath(issue?.path ?? [])
  const reason = issue?.message ?? 'Invalid input'
  return new ApiError('invalid_input', path ? `${reason} (at ${path})` : reason, path)
}

export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toJSON()
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message: `Unexpected error: ${message}`, path: '' }
}

/** The result shape every transport returns: never throws across a process boundary. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: ApiErrorData }
