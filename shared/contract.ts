/**
 * The one list of everything the page can ask the main process to do.
 * Handlers (electron/main/api), the preload and the renderer client are all typed from it.
 * Adding an operation: one entry here, one handler, one client call, one test.
 */
import { z } from 'zod'
import { BriefExportInputSchema, BriefFileSchema, BriefPreviewSchema, BriefRequestSchema, RecentExportEntrySchema } from './brief/api'
import { ImportSummarySchema } from './interchange/import-summary'
import { ClaimSchema, StanceSchema } from './model/claim'
import { IdSchema, textSchema, titleSchema } from './model/ids'
import { DebateFormatSchema, MotionSchema, SideLabelsSchema } from './model/motion'
import { ExportFileSchema, PackExportFileSchema, PackExportInputSchema, PackImportPlanSchema, PackSummarySchema, PackTextSchema, UnlinkedCardsSchema } from './packs/api'
import { CitationImportPreviewSchema, CitationImportSummarySchema } from './operations/citation-import'
import { QuoteSchema, SourceFieldsPatchSchema, SourceFieldsSchema, SourceKindSchema, SourceSchema, SourceUnitSchema } from './model/source'
import { MAX_DOCUMENT_BYTES } from './documents/extracted'
import { VerbatimCountsSchema, VerbatimPreviewSchema, VerbatimTargetSchema } from './verbatim/summary'
import { CardReviewSchema, CustomFormatSchema, DrillSchema, FlowSheetSchema, PracticeRecordSchema } from './model/practice'
import {
  FlowSaveInputSchema,
  FormatListSchema,
  FormatSaveInputSchema,
  PackDrillSchema,
  PracticeRecordInputSchema,
  ReviewGradeInputSchema
} from './practice/api'

/** 'read' operations never change the library; 'write' ones are committed to disk before they answer. */
export type OperationKind = 'read' | 'write'

interface Operation<I extends z.ZodType, O extends z.ZodType, K extends OperationKind> {
  kind: K
  input: I
  output: O
  summary: string
}

function read<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): Operation<I, O, 'read'> {
  return { kind: 'read', input, output, summary }
}
function write<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): Operation<I, O, 'write'> {
  return { kind: 'write', input, output, summary }
}

const CitationFileInputSchema = z.object({
  format: z.enum(['bibtex', 'ris', 'csl-json']),
  text: z.string().max(6_000_000, 'The file is larger than 5 MB')
})

/** A binary file from the user (a PDF, a Word file) as base64, with its name: the name says the kind where the bytes cannot. */
const DocumentFileInputSchema = z.object({
  fileName: z.string().min(1).max(300),
  base64: z.string().max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4, 'The file is larger than 40 MB')
})

export const NoticeSchema = z.object({
  /** 'repaired': items that did not fit together were mended, ones that could not be read set aside; the rest opened as usual. */
  kind: z.enum(['restored-from-backup', 'started-empty', 'migrated', 'repaired']),
  message: z.string(),
  /** Where the damaged file was moved, when there was one. */
  damagedFile: z.string().nullable(),
  /** Every repair, one line each, when the message names only the first few. */
  details: z.array(z.string()).optional()
})
export type Notice = z.infer<typeof NoticeSchema>

/** A backup of the library: its id (the file name in backups/), when it was taken, and what it holds. */
export const BackupSummarySchema = z.object({
  id: z.string(),
  savedAt: z.string(),
  bytes: z.number().int(),
  /** null when the backup cannot be read: it is listed, but cannot be restored. */
  holds: z.object({ motions: z.number().int(), claims: z.number().int(), cards: z.number().int() }).nullable()
})
export type BackupSummary = z.infer<typeof BackupSummarySchema>

export const MotionSummarySchema = MotionSchema.extend({
  claimCounts: z.object({ pro: z.number().int(), con: z.number().int(), total: z.number().int() })
})
export type MotionSummary = z.infer<typeof MotionSummarySchema>

export const MotionMapSchema = z.object({ motion: MotionSchema, claims: z.array(ClaimSchema) })
export type MotionMap = z.infer<typeof MotionMapSchema>

const MotionRef = z.object({ motionId: IdSchema })

/** What a map edit did: claims added or changed (whole), and ids removed. See shared/operations/claim-change.ts. */
export const ClaimChangeSchema = z.object({ put: z.array(ClaimSchema), remove: z.array(IdSchema) })

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
  'motion.update': write(
    'Change a motion: title, format, side labels, description, archived',
    MotionRef.extend({
      title: titleSchema('Motion title').optional(),
      format: DebateFormatSchema.optional(),
      sideLabels: SideLabelsSchema.optional(),
      description: textSchema().optional(),
      archived: z.boolean().optional()
    }),
    MotionSchema
  ),
  'motion.duplicate': write('Copy a motion with its whole map', MotionRef, MotionSchema),
  'motion.delete': write(
    'Delete a motion and all its claims',
    MotionRef,
    z.object({ motionId: IdSchema, deletedClaimIds: z.array(IdSchema) })
  ),
  'motion.import': write(
    'Make a new motion from a Kialo discussion export or an Argdown document',
    z.object({ format: z.enum(['kialo', 'argdown']), text: z.string().max(21 * 1024 * 1024, 'The file is larger than 20 MB') }),
    z.object({ motion: MotionSchema, claimCount: z.number().int(), warnings: z.array(z.string()), summary: ImportSummarySchema })
  ),
  'import.cancel': read(
    'Stop every file being read for an import now (Kialo, Argdown, citations, a pack); each fails as cancelled. Answers how many',
    z.object({}),
    z.object({ cancelled: z.number().int().min(0) })
  ),
  'import.prepare': read(
    'Get a file reader ready while the user chooses a file (its code loaded on a waiting worker), so that the first import of a session is as quick as the next. Answers when it is ready',
    z.object({ reader: z.enum(['document', 'verbatim', 'citations', 'kialo', 'argdown', 'pack']) }),
    z.object({ ready: z.boolean() })
  ),
  'motion.argdown': read('Write a motion and its map as an Argdown document', MotionRef, ExportFileSchema),
  'claim.add': write(
    'Add a claim: a top-level contention (parentId null) or a response to another claim, last among its siblings or at index',
    z.object({
      motionId: IdSchema,
      parentId: IdSchema.nullable(),
      stance: StanceSchema,
      title: titleSchema('Claim tag'),
      body: textSchema().optional(),
      index: z.number().int().min(0).optional()
    }),
    ClaimChangeSchema.extend({ claimId: IdSchema })
  ),
  'claim.edit': write(
    'Change a claim: tag, body, stance, tags, strength, notes',
    z.object({
      claimId: IdSchema,
      title: titleSchema('Claim tag').optional(),
      body: textSchema().optional(),
      stance: StanceSchema.optional(),
      tags: ClaimSchema.shape.tags.optional(),
      strength: ClaimSchema.shape.strength.optional(),
      notes: textSchema().optional()
    }),
    ClaimChangeSchema
  ),
  'claim.move': write(
    'Move a claim and its responses under another parent (null: the motion) at a position',
    z.object({ claimId: IdSchema, parentId: IdSchema.nullable(), index: z.number().int().min(0) }),
    ClaimChangeSchema
  ),
  'claim.delete': write(
    'Delete a claim with every response beneath it',
    z.object({ claimId: IdSchema }),
    ClaimChangeSchema
  ),
  'claim.patch': write(
    'Apply a change to a motion’s claims as a whole (undo and redo)',
    z.object({ motionId: IdSchema, put: z.array(ClaimSchema).max(50_000), remove: z.array(IdSchema).max(50_000) }),
    ClaimChangeSchema
  ),
  'source.list': read(
    'Every source, bundled texts first, with how many cards and claims use each',
    z.object({ kind: SourceKindSchema.optional() }),
    z.array(z.object({ source: SourceSchema, bundled: z.boolean(), quoteCount: z.number().int(), claimCount: z.number().int() }))
  ),
  'source.get': read(
    'A source with its cards',
    z.object({ sourceId: IdSchema }),
    z.object({
      source: SourceSchema,
      bundled: z.boolean(),
      quotes: z.array(QuoteSchema),
      /** The claims that cite its cards. */
      usedBy: z.array(z.object({ claimId: IdSchema, motionId: IdSchema, title: z.string(), quoteId: IdSchema }))
    })
  ),
  'source.create': write('Add a source with its citation fields', SourceFieldsSchema, SourceSchema),
  'source.update': write(
    'Change a source’s citation fields',
    SourceFieldsPatchSchema.extend({ sourceId: IdSchema }),
    SourceSchema
  ),
  'source.delete': write(
    'Delete a source; refused while cards quote it, unless deleteQuotes is set',
    z.object({ sourceId: IdSchema, deleteQuotes: z.boolean().optional() }),
    z.object({ sourceId: IdSchema, deletedQuoteIds: z.array(IdSchema) })
  ),
  'source.importPreview': read(
    'What importing a BibTeX, RIS or CSL-JSON file would do: the entries to add, those the library has, those skipped and why',
    CitationFileInputSchema,
    CitationImportPreviewSchema
  ),
  'source.import': write(
    'Add the new sources in a BibTeX, RIS or CSL-JSON file; entries that cannot be read are skipped and named',
    CitationFileInputSchema,
    // alreadyHad: the file's sources the library holds already, which are not added again (repeats within the file are summary.repeated).
    z.object({ added: z.array(SourceSchema), alreadyHad: z.number().int().min(0), summary: CitationImportSummarySchema })
  ),
  'source.importDocument': write(
    'Add a source from a document file (PDF, Word, a saved web page, plain text, Markdown): its text in citable units, its citation fields from its own metadata; the same file again adds nothing',
    DocumentFileInputSchema,
    z.object({ source: SourceSchema, alreadyHad: z.boolean(), warnings: z.array(z.string()) })
  ),
  'source.text': read(
    'A source’s citable text, unit by unit: a bundled text’s, a pack source’s, or an imported document’s',
    z.object({ sourceId: IdSchema }),
    z.object({ sourceId: IdSchema, units: z.array(SourceUnitSchema) })
  ),
  'verbatim.preview': read(
    'What importing a Verbatim Word file would add: its pockets, hats, blocks, cards and analytics (nothing is written)',
    DocumentFileInputSchema,
    VerbatimPreviewSchema
  ),
  'verbatim.import': write(
    'Import a Verbatim Word file: its cards with their marks and cites, into a new motion or the card library only',
    DocumentFileInputSchema.extend({ into: VerbatimTargetSchema }),
    z.object({
      motion: MotionSchema.nullable(),
      counts: VerbatimCountsSchema,
      summary: ImportSummarySchema,
      /** The cards the file's tags became, in file order (for the page to show them). */
      cards: z.array(z.object({ id: IdSchema, sourceId: IdSchema }))
    })
  ),
  'source.cite': read(
    'A source as a bibliography entry and an in-text cite in a style, and in legal form where it has one',
    z.object({ sourceId: IdSchema, style: z.enum(['apa', 'mla', 'chicago']), pinpoint: z.string().max(200).optional() }),
    z.object({ bibliography: z.string(), inText: z.string(), legal: z.string().nullable() })
  ),
  'quote.list': read('Every card, newest first', z.object({}), z.array(QuoteSchema)),
  'quote.create': write(
    'Cut a card: from a bundled text by part and range (the text is taken from the source), or pasted',
    z.object({
      sourceId: IdSchema,
      unitId: z.string().min(1).max(80).optional(),
      range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
      text: textSchema(100_000).optional(),
      pinpoint: z.string().max(200).optional(),
      tag: z.string().max(300).optional(),
      speaker: z.string().max(300).optional(),
      note: textSchema().optional()
    }),
    QuoteSchema
  ),
  'quote.update': write(
    'Change a card: tag, text (as a marked alteration for cut cards), pinpoint, speaker, note, marked ranges',
    z.object({
      quoteId: IdSchema,
      tag: z.string().max(300).optional(),
      text: textSchema(100_000).optional(),
      alteration: z.boolean().optional(),
      pinpoint: z.string().max(200).optional(),
      speaker: z.string().max(300).optional(),
      note: textSchema().optional(),
      highlights: QuoteSchema.shape.highlights.optional()
    }),
    QuoteSchema
  ),
  'quote.delete': write('Delete a card and take it off every claim', z.object({ quoteId: IdSchema }), z.object({ quoteId: IdSchema })),
  'claim.link': write(
    'Link a card to a claim as evidence, or unlink it',
    z.object({ claimId: IdSchema, quoteId: IdSchema, linked: z.boolean() }),
    ClaimChangeSchema
  ),
  'search.query': read(
    'Search the bundled texts, sources, cards and claims (prefix and fuzzy), best first',
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).optional() }),
    z.array(
      z.object({
        kind: z.enum(['claim', 'quote', 'source', 'unit']),
        refId: z.string(),
        title: z.string(),
        motionId: z.string().nullable(),
        sourceId: z.string().nullable(),
        unitId: z.string().nullable(),
        snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
        score: z.number()
      })
    )
  ),
  'library.check': read(
    'Every card whose text no longer matches its source',
    z.object({}),
    z.array(z.object({ quoteId: IdSchema, sourceId: IdSchema, sourceMissing: z.boolean(), tag: z.string(), source: z.string(), pinpoint: z.string(), problem: z.string() }))
  ),
  'backup.list': read('The backups of the library, newest first, with when each was taken and what it holds', z.object({}), z.array(BackupSummarySchema)),
  'backup.restore': write(
    'Replace the library with a backup, after saving the library as it is as a new backup (so the restore can be undone)',
    z.object({ id: z.string().min(1).max(200) }),
    z.object({ restored: BackupSummarySchema, savedAs: z.string(), notices: z.array(NoticeSchema) })
  ),
  'pack.list': read('The packs installed, with how many of their items the library holds', z.object({}), z.array(PackSummarySchema)),
  'pack.preview': read(
    'Validate a pack file and say what importing it would add, update and leave alone (nothing is written)',
    z.object({ text: PackTextSchema, allowOlder: z.boolean().optional() }),
    PackImportPlanSchema
  ),
  'pack.import': write(
    'Import a pack, all or nothing; an older version than the installed one only with allowOlder, one by another author or organisation only with acceptNewAuthor',
    z.object({ text: PackTextSchema, allowOlder: z.boolean().optional(), acceptNewAuthor: z.boolean().optional() }),
    PackImportPlanSchema
  ),
  'pack.opened': read(
    'The pack file the system asked Casebook to open (a double-clicked .casebook), taken once; null when none waits',
    z.object({}),
    z.object({ name: z.string(), text: PackTextSchema }).nullable()
  ),
  'pack.starter': write('Install the starter pack that ships with Casebook, or update it', z.object({}), PackImportPlanSchema),
  'pack.export': read(
    'Write the chosen motions as a pack file, with the texts of its imported documents as far as they fit (a student edition leaves out teacher notes and model answers, and strength ratings and tags unless kept)',
    PackExportInputSchema,
    PackExportFileSchema
  ),
  'pack.unlinkedCards': read('Per source, the cards no claim cites, which a pack may include', z.object({}), UnlinkedCardsSchema),
  'pack.remove': write(
    'Remove an installed pack: its items go, except those the user changed or whose work depends on them, which stay as the user’s own',
    z.object({ packId: IdSchema }),
    PackImportPlanSchema
  ),
  // A write: it adds the file to the recent exports (file.recent).
  'file.save': write(
    'Save a file the page made (a pack, a brief) where the user chooses in a dialog of the main process; null when cancelled',
    z.object({
      fileName: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^/\\]+$/, 'A file name, not a path')
        .refine((name) => !/^\.+$/.test(name), 'A file name, not a path'),
      text: z.string().max(64 * 1024 * 1024).optional(),
      base64: z.string().max(96 * 1024 * 1024).optional()
    }),
    z.object({ path: z.string().nullable() })
  ),
  'file.recent': read('The last files saved through the dialog (briefs, packs), newest first', z.object({}), z.array(RecentExportEntrySchema)),
  'file.reveal': read(
    'Show a recently saved file in the system’s file manager (the desktop app only)',
    z.object({ exportId: IdSchema }),
    z.object({ path: z.string() })
  ),
  'brief.preview': read('A brief of a motion as HTML for the live preview, with what it holds', BriefRequestSchema, BriefPreviewSchema),
  'brief.export': read('A brief of a motion as a file: Markdown, HTML, Word or PDF', BriefExportInputSchema, BriefFileSchema),
  'practice.list': read('Every practice session recorded, newest first', z.object({}), z.array(PracticeRecordSchema)),
  'practice.record': write('Record a practice session: a timed round, a drill, a flow', PracticeRecordInputSchema, PracticeRecordSchema),
  'format.list': read('The timing formats: the presets and the user’s own', z.object({}), FormatListSchema),
  'format.save': write(
    'Save a custom timing format, new or changed; every problem is named (speech, field, reason)',
    FormatSaveInputSchema,
    CustomFormatSchema
  ),
  'format.delete': write('Delete a custom timing format', z.object({ formatId: IdSchema }), z.object({ formatId: IdSchema })),
  'review.list': read('The review schedule (SM-2) of every evidence card drilled so far', z.object({}), z.array(CardReviewSchema)),
  'review.grade': write('Grade a card in an evidence drill and schedule its next review (SM-2)', ReviewGradeInputSchema, CardReviewSchema),
  'flow.list': read('Every saved flow sheet, last changed first', z.object({}), z.array(FlowSheetSchema)),
  'flow.save': write('Save a flow sheet, new or changed', FlowSaveInputSchema, FlowSheetSchema),
  'flow.delete': write('Delete a flow sheet', z.object({ flowId: IdSchema }), z.object({ flowId: IdSchema })),
  'flow.pdf': read('A saved flow sheet as a PDF, landscape, a column per speech (printed by the app, or by Chromium in the web mode)', z.object({ flowId: IdSchema }), BriefFileSchema),
  'drill.list': read('Every drill, from packs and the user’s own, with its prompt and model answer', z.object({}), z.array(PackDrillSchema)),
  'drill.save': write(
    'Write a drill of your own for a motion (new without drillId), to practise or to put in a pack',
    z.object({
      drillId: IdSchema.optional(),
      motionId: IdSchema.nullable(),
      title: titleSchema('Drill title'),
      prompt: textSchema().min(1, 'Write the prompt'),
      modelAnswer: textSchema().default('')
    }),
    DrillSchema
  ),
  'drill.delete': write('Delete a drill', z.object({ drillId: IdSchema }), z.object({ drillId: IdSchema }))
} as const

export type Contract = typeof contract
export type OperationName = keyof Contract
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>
export type OutputOf<N extends OperationName> = z.output<Contract[N]['output']>
/** The operations that change what the user has; each is followed by a library-changed event. */
export type WriteOperationName = { [N in OperationName]: Contract[N]['kind'] extends 'write' ? N : never }[OperationName]
export type ReadOperationName = Exclude<OperationName, WriteOperationName>

export const OPERATION_NAMES = Object.keys(contract) as OperationName[]

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}
