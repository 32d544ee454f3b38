import { z } from 'zod'

/** Ids are opaque, URL-safe strings: UUIDs for the user's own items, stable slugs in packs. */
export const IdSchema = z
  .string()
  .min(1, 'Id must not be empty')
  .max(80, 'Id must be at most 80 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'Id may only hold letters, digits, "-" and "_"')

export type Id = z.infer<typeof IdSchema>

export const TimestampSchema = z.iso.datetime({ offset: true })

/**
 * Where an item came from: the user's own work, or a teacher's pack (by id and version).
 * A locked pack item can be answered and duplicated but not changed.
 */
export const OriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({
    kind: z.literal('pack'),
    packId: IdSchema,
    packVersion: z.string().min(1).max(40),
    locked: z.boolean().optional()
  })
])
export type Origin = z.infer<typeof OriginSchema>

export const LOCAL_ORIGIN: Origin = { kind: 'local' }

/**
 * A title the user types: one line (control characters such as line breaks become spaces),
 * trimmed, never empty or only invisible characters, bounded so a pasted novel cannot freeze a view.
 */
export function titleSchema(what: string, max = 300) {
  return z
    .string()
    .transform((text) => text.replace(/\p{Cc}+/gu, ' ').trim())
    .pipe(
      z
        .string()
        .max(max, `${what} must be at most ${max} characters`)
        .refine((text) => text.replace(/[\p{Cf}\p{Z}]/gu, '').length > 0, `${what} must not be empty`)
    )
}

export function textSchema(max = 20_000) {
  return z.string().max(max, `Text must be at most ${max} characters`)
}
