/**
 * The one list of everything the page can ask the main process to do.
 * Handlers (electron/main/api), the preload and the renderer client are all typed from it.
 * Adding an operation: one entry here, one handler, one client call, one test.
 */
import { z } from 'zod'
import { ClaimSchema, StanceSchema } from './model/claim'
import { IdSchema, textSchema, titleSchema } from './model/ids'
import { DebateFormatSchema, MotionSchema, SideLabelsSchema } from './model/motion'

/** 'read' operations never change the library; 'write' ones are committed to disk before they answer. */
export type OperationKind = 'read' | 'write'

interface Operation<I extends z.ZodType, O extends z.ZodType> {
  kind: OperationKind
  input: I
  output: O
  summary: string
}

function read<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): Operation<I, O> {
  return { kind: 'read', input, output, summary }
}
function write<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): Operation<I, O> {
  return { kind: 'write', input, output, summary }
}

export const NoticeSchema = z.object({
  kind: z.enum(['restored-from-backup', 'started-empty', 'migrated']),
  message: z.string(),
  /** Where the damaged file was moved, when there was one. */
  damagedFile: z.string().nullable()
})
export type Notice = z.infer<typeof NoticeSchema>

export const MotionSummarySchema = MotionSchema.extend({
  claimCounts: z.object({ pro: z.number().int(), con: z.number().int(), total: z.number().int() })
})
export type MotionSummary = z.infer<typeof MotionSummarySchema>

export const MotionMapSchema = z.object({ motion: MotionSchema, claims: z.array(ClaimSchema) })
export type MotionMap = z.infer<typeof MotionMapSchema>

const MotionRef = z.object({ motionId: IdSchema })

export const contract = {
  'app.status': read(
    'Where the data lives and anything the user must be told about opening it',
    z.object({}),
    z.object({ dataDir: z.string(), version: z.string(), notices: z.array(NoticeSchema) })
  ),
  'motion.list': read(
    'Every motion in the library with its claim counts, newest first',
    z.object({ includeArchived: z.boolean().optional() }),
    z.array(MotionSummarySchema)
  ),
  'motion.get': read('A motion with all its claims', MotionRef, MotionMapSchema),
  'motion.create': write(
    'Create a motion',
    z.object({
      title: titleSchema('Motion title'),
      format: DebateFormatSchema.optional(),
      sideLabels: SideLabelsSchema.optional(),
      description: textSchema().optional()
    }),
    MotionSchema
  ),
  'motion.rename': write(
    'Change a motion title',
    MotionRef.extend({ title: titleSchema('Motion title') }),
    MotionSchema
  ),
  'motion.delete': write(
    'Delete a motion and all its claims',
    MotionRef,
    z.object({ motionId: IdSchema, deletedClaimIds: z.array(IdSchema) })
  ),
  'claim.add': write(
    'Add a claim: a top-level contention (parentId null) or a response to another claim',
    z.object({
      motionId: IdSchema,
      parentId: IdSchema.nullable(),
      stance: StanceSchema,
      title: titleSchema('Claim tag'),
      body: textSchema().optional()
    }),
    ClaimSchema
  ),
  'claim.edit': write(
    'Change a claim tag, body or stance',
    z.object({
      claimId: IdSchema,
      title: titleSchema('Claim tag').optional(),
      body: textSchema().optional(),
      stance: StanceSchema.optional()
    }),
    ClaimSchema
  ),
  'claim.delete': write(
    'Delete a claim with every response beneath it',
    z.object({ claimId: IdSchema }),
    z.object({ deletedClaimIds: z.array(IdSchema) })
  )
} as const

export type Contract = typeof contract
export type OperationName = keyof Contract
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>
export type OutputOf<N extends OperationName> = z.output<Contract[N]['output']>

export const OPERATION_NAMES = Object.keys(contract) as OperationName[]

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}
