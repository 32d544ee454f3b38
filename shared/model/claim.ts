import { z } from 'zod'
import { IdSchema, LOCAL_ORIGIN, OriginSchema, TimestampSchema, textSchema, titleSchema } from './ids'

/**
 * A claim's stance toward its parent: 'pro' supports it, 'con' attacks it.
 * For a top-level contention (parentId null) the parent is the motion itself.
 */
export const StanceSchema = z.enum(['pro', 'con'])
export type Stance = z.infer<typeof StanceSchema>

/** Argdown's relations, as its map draws them ("entails" and "contrary" only in its strict mode, between statements). */
export const SeeAlsoRelationSchema = z.enum(['support', 'attack', 'undercut', 'entails', 'contrary', 'contradictory'])
export type SeeAlsoRelation = z.infer<typeof SeeAlsoRelationSchema>

export const ClaimSchema = z.object({
  id: IdSchema,
  motionId: IdSchema,
  parentId: IdSchema.nullable(),
  stance: StanceSchema,
  title: titleSchema('Claim tag'),
  body: textSchema(),
  /** Position among siblings, 0-based and contiguous. */
  order: z.number().int().min(0),
  /** Ids of the quotes (evidence cards) backing this claim. */
  evidence: z.array(IdSchema).max(500),
  tags: z.array(titleSchema('Tag', 60)).max(50),
  /** The user's own rating, 1 (weak) to 5 (strong); null when unrated. */
  strength: z.number().int().min(1).max(5).nullable(),
  notes: textSchema(),
  /**
   * Other claims of the same motion this one points to, outside the tree: Kialo's "-> See"
   * links, and Argdown relations that a tree cannot hold. Absent when there are none.
   */
  seeAlso: z.array(IdSchema).max(100).optional(),
  /**
   * Argdown: the relation each see-also link stands for, by the linked claim's id, so an export
   * writes it back as that relation. A link without one (Kialo's) is only "see also".
   */
  seeAlsoRelations: z.record(IdSchema, SeeAlsoRelationSchema).optional(),
  /**
   * Argdown: a tree the file never relates to the motion. It is listed with the contentions
   * (as 'pro'), and an export writes it without a relation to the motion. Absent otherwise, and
   * dropped when the user moves the claim to another parent.
   */
  unrelated: z.literal(true).optional(),
  /**
   * Argdown: an argument ("<Title>"), whose premise–conclusion reconstruction, when it has one,
   * ends its body (shared/interchange/argdown-reconstruction.ts). Absent for a statement.
   */
  kind: z.enum(['argument']).optional(),
  origin: OriginSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Claim = z.infer<typeof ClaimSchema>

/** A claim the user just made (or imported): the given place and words, nothing else yet. */
export function newClaim(given: Pick<Claim, 'id' | 'motionId' | 'parentId' | 'stance' | 'title' | 'body' | 'order'>, now: string): Claim {
  return { ...given, evidence: [], tags: [], strength: null, notes: '', origin: LOCAL_ORIGIN, createdAt: now, updatedAt: now }
}
