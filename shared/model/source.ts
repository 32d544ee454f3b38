import { z } from 'zod'
import { DOCUMENT_KINDS } from '../documents/extracted'
import { IdSchema, OriginSchema, TimestampSchema, textSchema, titleSchema } from './ids'

export const SOURCE_KINDS = [
  'constitution',
  'case',
  'statute',
  'article',
  'poll',
  'letter',
  'interview',
  'book',
  'web'
] as const
export const SourceKindSchema = z.enum(SOURCE_KINDS)
export type SourceKind = z.infer<typeof SourceKindSchema>

export const PersonSchema = z.object({
  given: z.string().max(200).optional(),
  family: z.string().max(200).optional(),
  /** For institutions and names that do not split into given and family. */
  literal: z.string().max(300).optional()
})
export type Person = z.infer<typeof PersonSchema>

/** One citable piece of a bundled text, such as a clause ("art4-sec3-cl1"). */
export const SourceUnitSchema = z.object({
  id: z.string().min(1).max(80),
  label: z.string().max(200),
  heading: z.string().max(300).optional(),
  text: z.string().max(100_000)
})
export type SourceUnit = z.infer<typeof SourceUnitSchema>

/**
 * Where in its publication a source sits, for the citation styles: absent in older files and on
 * sources that have none (a case keeps its volume and page in the reporter citation instead).
 */
export const PUBLICATION_FIELDS = {
  volume: z.string().max(100).optional(),
  issue: z.string().max(100).optional(),
  pages: z.string().max(100).optional(),
  edition: z.string().max(100).optional(),
  /** The place of publication ("London"). */
  place: z.string().max(300).optional()
}
export { PUBLICATION_FIELD_NAMES } from './publication-fields'

/** What the user gives for a source: everything but its id, origin and timestamps. Missing text fields are empty. */
export const SourceFieldsSchema = z.object({
  kind: SourceKindSchema,
  title: titleSchema('Source title', 500),
  authors: z.array(PersonSchema).max(100).default([]),
  publisher: z.string().max(300).default(''),
  container: z.string().max(300).default(''),
  date: z.string().max(40).default(''),
  url: z.string().max(2000).default(''),
  accessed: z.string().max(40).default(''),
  reporterCitation: z.string().max(200).default(''),
  qualifications: z.string().max(500).default(''),
  ...PUBLICATION_FIELDS
})
export type SourceFields = z.output<typeof SourceFieldsSchema>

/** A change to some of a source's fields: what is not given stays as it is (no defaults here). */
export const SourceFieldsPatchSchema = z.object({
  kind: SourceKindSchema.optional(),
  title: titleSchema('Source title', 500).optional(),
  authors: z.array(PersonSchema).max(100).optional(),
  publisher: z.string().max(300).optional(),
  container: z.string().max(300).optional(),
  date: z.string().max(40).optional(),
  url: z.string().max(2000).optional(),
  accessed: z.string().max(40).optional(),
  reporterCitation: z.string().max(200).optional(),
  qualifications: z.string().max(500).optional(),
  ...PUBLICATION_FIELDS
})

const HASH = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in hex')

/**
 * A source imported from a document (PDF, Word, web page, text): where its text is kept and
 * what the import found. The text itself is texts/<textHash>.json in the data folder, written
 * once and never changed, so editing the library rewrites only the small library file.
 */
export const DocumentRefSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string().max(300),
  /** SHA-256 of the file's bytes: importing the same file again is recognised by it. */
  fileHash: HASH,
  /** SHA-256 of the stored text file's content. */
  textHash: HASH,
  unitCount: z.number().int().min(0),
  pageCount: z.number().int().min(0).optional(),
  /** Where each citation field was read from ("PDF info: Title"); a field the user edits loses its entry. */
  fieldOrigins: z.record(z.string(), z.string().max(200)).default({}),
  textQuality: z.enum(['good', 'suspect']),
  warnings: z.array(z.string().max(500)).max(50).default([])
})
export type DocumentRef = z.infer<typeof DocumentRefSchema>

export const SourceSchema = z.object({
  id: IdSchema,
  kind: SourceKindSchema,
  title: titleSchema('Source title', 500),
  authors: z.array(PersonSchema).max(100),
  /** Publisher, or the court for a case. */
  publisher: z.string().max(300),
  container: z.string().max(300),
  date: z.string().max(40),
  url: z.string().max(2000),
  accessed: z.string().max(40),
  reporterCitation: z.string().max(200),
  qualifications: z.string().max(500),
  ...PUBLICATION_FIELDS,
  units: z.array(SourceUnitSchema).max(5000).optional(),
  /** Set on a source imported from a document file: its text lives in its own file (see DocumentRefSchema). */
  document: DocumentRefSchema.optional(),
  origin: OriginSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Source = z.infer<typeof SourceSchema>

/**
 * A reading mark on a card's text, as Verbatim users mark cards: underlined (read aloud),
 * highlighted (in a colour), emphasised (stressed words), or shrunk (kept but not read aloud).
 */
export const MARK_KINDS = ['underline', 'highlight', 'emphasis', 'shrunk'] as const
export const HighlightSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: z.enum(MARK_KINDS),
  /** A highlight's colour by Word's names ("yellow", "cyan", "green"); absent is the default yellow. */
  color: z.string().regex(/^[a-zA-Z]{1,20}$/, 'a colour name such as "yellow"').optional()
})

/**
 * The longest text a card may quote. Verbatim cards often carry a whole article with only the
 * words read aloud underlined (a real team file has two cards of about 103,000 characters), so
 * the bound is set well above that rather than at an article's length.
 */
export const MAX_CARD_TEXT = 500_000

/**
 * The most reading marks a card may carry: one per five characters of the longest card. Real
 * article-length cards mark every few words (a 47,000-character card has over 1,000 marks); the
 * bound is there for hostile files, not for real ones.
 */
export const MAX_CARD_MARKS = MAX_CARD_TEXT / 5

/** The longest cite line a card keeps: a brief's cite may list dozens of authors (one real cite runs to 2,400 characters). */
export const MAX_CITE_LINE = 10_000

/** An evidence card: exact text from a source, with its pinpoint. */
export const QuoteSchema = z.object({
  id: IdSchema,
  sourceId: IdSchema,
  /** Set when the quote was cut from a bundled text: the unit and the character range in it. */
  unitId: z.string().max(80).nullable(),
  range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable(),
  text: textSchema(MAX_CARD_TEXT),
  pinpoint: z.string().max(200),
  speaker: z.string().max(300),
  tag: z.string().max(300),
  /**
   * The cite line as the card's file gave it (a Verbatim card's "Smith 19 (…)"), kept exactly:
   * its head's year as written ("19") is more than the source's fields can hold; shown and
   * exported as it is; "" when the file gave the card none (it then prints no cite, and the
   * source it is filed under is no citation). Absent on cards not imported from a Verbatim file.
   */
  cite: z.string().max(MAX_CITE_LINE).optional(),
  highlights: z.array(HighlightSchema).max(MAX_CARD_MARKS),
  note: textSchema(),
  /**
   * The user changed the text of a card cut from a bundled text (an ellipsis, a bracketed
   * word): kept, but shown and exported as an alteration. Absent in older files: false.
   */
  alteration: z.boolean().default(false),
  /**
   * The card restates a fact in its author's words instead of quoting (a pack may carry facts
   * its source gives without a quotation): shown and exported as a paraphrase, never in
   * quotation marks. Absent in older files: false.
   */
  paraphrase: z.boolean().default(false),
  origin: OriginSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Quote = z.infer<typeof QuoteSchema>
