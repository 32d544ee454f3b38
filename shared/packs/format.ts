/**
 * The `.casebook` pack file: what a teacher hands a class. UTF-8 JSON,
 * `{ format: "casebook-pack", version, meta, motions, claims, sources, quotes, drills, texts }`.
 * Items are the library's own shapes without origin and timestamps (the importer adds
 * those), with defaults for everything but what defines them, so other tools can write packs.
 * docs/pack-format.md describes it; docs/pack-format.schema.json is generated from these schemas.
 */
import { z } from 'zod'
import { StanceSchema } from '../model/claim'
import { textSchema, titleSchema } from '../model/ids'
import { DEBATE_FORMATS } from '../model/formats'
import { SideLabelsSchema } from '../model/motion'
import { DocumentRefSchema, HighlightSchema, MAX_CARD_MARKS, MAX_CARD_TEXT, MAX_CITE_LINE, SourceFieldsSchema, SourceUnitSchema } from '../model/source'

export const PACK_FORMAT = 'casebook-pack'
/**
 * The version of the file format (not of a pack's content, which is `meta.version`). Version 2
 * added imported documents' texts (`texts`, and `document` on a source); a pack without them is
 * still written as version 1, so a Casebook that reads only version 1 reads it too.
 */
export const PACK_FORMAT_VERSION = 2
export const PACK_FORMAT_VERSIONS = [1, 2] as const

/** What a pack may hold: enough for a term's teaching, small enough to validate and import in well under a second. */
export const PACK_LIMITS = {
  bytes: 20 * 1024 * 1024,
  motions: 500,
  claims: 20_000,
  sources: 5_000,
  quotes: 20_000,
  drills: 2_000,
  items: 40_000,
  /** Imported documents' texts, one per document source at most. */
  texts: 200,
  /** A text's characters in all: a 2,000-page report is about 5 million. */
  textCharacters: 10_000_000,
  /** A text's units (pages or paragraphs). */
  textUnits: 50_000,
  /** How deep the JSON may nest; the format itself needs five levels. */
  depth: 16,
  /** How many levels deep a motion's claims may nest (contentions are level 1): real maps stay within a few dozen. */
  claimDepth: 200
} as const

/**
 * A pack's own id for an item. Short, so that the library id it becomes
 * (`<pack id>__<item id>`) stays within the library's 80 characters.
 */
export const PackItemIdSchema = z
  .string()
  .min(1, 'Id must not be empty')
  .max(36, 'Id must be at most 36 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'Id may only hold letters, digits, "-" and "_"')

/** A pack's id is what makes a later version an update of it: keep it the same from version to version. */
export const PackIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Pack id must be 2 to 40 lower-case letters, digits or "-", starting with a letter or digit')

/** A pack version: one to three dot-separated numbers, such as "1", "1.2" or "2.0.1". */
export const PackVersionSchema = z.string().regex(/^\d{1,6}(\.\d{1,6}){0,2}$/, 'Version must look like "1", "1.2" or "1.2.3"')

export const PackMetaSchema = z.object({
  id: PackIdSchema,
  title: titleSchema('Pack title'),
  version: PackVersionSchema,
  author: z.string().max(300).default(''),
  organisation: z.string().max(300).default(''),
  license: z.string().max(300).default(''),
  description: textSchema().default(''),
  /** The debate format the pack is written for, and the level (such as "Year 11" or "novice"). */
  debateFormat: z.enum(DEBATE_FORMATS).default('other'),
  level: z.string().max(100).default(''),
  /** A student edition leaves out teacher notes and model answers. */
  edition: z.enum(['teacher', 'student']).default('teacher')
})
export type PackMeta = z.output<typeof PackMetaSchema>

const locked = z.boolean().default(false)

/**
 * The pack an item first came from, and its id there, when this pack passes on another pack's
 * item (a teacher's pack made from the starter pack's motion). The library knows the item by
 * that identity, so a library that has it already keeps its copy instead of adding a second.
 */
export const PackItemFromSchema = z.object({ pack: PackIdSchema, id: PackItemIdSchema })
const from = PackItemFromSchema.optional()

export const PackMotionSchema = z.object({
  id: PackItemIdSchema,
  from,
  title: titleSchema('Motion title'),
  format: z.enum(DEBATE_FORMATS).default('other'),
  /** Defaults to the format's usual labels (Aff/Neg, Prop/Opp, ...). */
  sideLabels: SideLabelsSchema.optional(),
  description: textSchema().default(''),
  locked
})

export const PackClaimSchema = z.object({
  id: PackItemIdSchema,
  from,
  motionId: PackItemIdSchema,
  parentId: PackItemIdSchema.nullable().default(null),
  stance: StanceSchema,
  title: titleSchema('Claim tag'),
  body: textSchema().default(''),
  /** Position among siblings; gaps are closed on import. */
  order: z.number().int().min(0).max(1_000_000).default(0),
  /** Ids of this pack's cards. */
  evidence: z.array(PackItemIdSchema).max(500).default([]),
  tags: z.array(titleSchema('Tag', 60)).max(50).default([]),
  strength: z.number().int().min(1).max(5).nullable().default(null),
  /** Teacher notes: left out of a student edition. */
  notes: textSchema().default(''),
  locked
})

/**
 * What a source imported from a document says about it (shared/model/source.ts): its text is
 * one of the pack's `texts`, named by `textHash`; the unit count comes from that text.
 */
export const PackDocumentSchema = DocumentRefSchema.omit({ unitCount: true })

/** A source: the citation fields the user gives for one (shared/model/source.ts), plus its id and units, or its document. */
export const PackSourceSchema = SourceFieldsSchema.extend({
  id: PackItemIdSchema,
  from,
  units: z.array(SourceUnitSchema).max(5000).optional(),
  document: PackDocumentSchema.optional(),
  locked
})

export const PackQuoteSchema = z.object({
  id: PackItemIdSchema,
  from,
  /** One of this pack's sources, or a text bundled with Casebook ("us-constitution", "texas-v-white", ...). */
  sourceId: PackItemIdSchema,
  unitId: z.string().max(80).nullable().default(null),
  range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable().default(null),
  text: textSchema(MAX_CARD_TEXT).min(1, 'A card must quote some text'),
  pinpoint: z.string().max(200).default(''),
  speaker: z.string().max(300).default(''),
  tag: z.string().max(300).default(''),
  /** The card's own cite line, as the Verbatim file it came from gave it ("" when it gave none); absent on other cards. */
  cite: z.string().max(MAX_CITE_LINE).optional(),
  highlights: z.array(HighlightSchema).max(MAX_CARD_MARKS).default([]),
  note: textSchema().default(''),
  alteration: z.boolean().default(false),
  /** The text restates the source in the pack author's words: shown as a paraphrase, not a quotation. */
  paraphrase: z.boolean().default(false),
  locked
})

export const PackDrillSchema = z.object({
  id: PackItemIdSchema,
  from,
  motionId: PackItemIdSchema.nullable().default(null),
  title: titleSchema('Drill title'),
  prompt: textSchema(),
  /** For teachers: left out of a student edition. */
  modelAnswer: textSchema().default(''),
  locked
})

/**
 * An imported document's text, as texts/<hash>.json holds it in the data folder: `hash` is the
 * SHA-256 of its stable JSON (shared/documents/text-file.ts), checked against the units on import.
 */
export const PackDocumentTextSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'A text\'s hash must be 64 lower-case hex digits (SHA-256)'),
  units: z
    .array(SourceUnitSchema.extend({ text: z.string().max(PACK_LIMITS.textCharacters) }))
    .min(1, 'A text needs at least one unit')
    .max(PACK_LIMITS.textUnits)
})

export const PackFileSchema = z.object({
  format: z.literal(PACK_FORMAT, { error: `This is not a Casebook pack: "format" must be "${PACK_FORMAT}"` }),
  version: z.literal(PACK_FORMAT_VERSIONS, {
    error: `This pack's file format version is not one this Casebook reads (it reads versions ${PACK_FORMAT_VERSIONS.join(' and ')})`
  }),
  meta: PackMetaSchema,
  motions: z.array(PackMotionSchema).max(PACK_LIMITS.motions).default([]),
  claims: z.array(PackClaimSchema).max(PACK_LIMITS.claims).default([]),
  sources: z.array(PackSourceSchema).max(PACK_LIMITS.sources).default([]),
  quotes: z.array(PackQuoteSchema).max(PACK_LIMITS.quotes).default([]),
  drills: z.array(PackDrillSchema).max(PACK_LIMITS.drills).default([]),
  /** The texts of the pack's document sources (version 2). */
  texts: z.array(PackDocumentTextSchema).max(PACK_LIMITS.texts).default([])
})
export type PackFile = z.output<typeof PackFileSchema>
export type PackFileInput = z.input<typeof PackFileSchema>
export type PackMotion = PackFile['motions'][number]
export type PackClaim = PackFile['claims'][number]
export type PackSource = PackFile['sources'][number]
export type PackQuote = PackFile['quotes'][number]
export type PackDrill = PackFile['drills'][number]
export type PackDocumentText = PackFile['texts'][number]

/** The kinds of item a pack carries, in the order they are checked and counted. */
export const PACK_ITEM_KINDS = ['motions', 'claims', 'sources', 'quotes', 'drills'] as const
export type PackItemKind = (typeof PACK_ITEM_KINDS)[number]
