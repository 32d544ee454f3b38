import { z } from 'zod'
import caConstitutionArt3Sec1 from '../../data/texts/ca-constitution-art3-sec1.json'
import texasVWhite from '../../data/texts/texas-v-white.json'
import usConstitution from '../../data/texts/us-constitution.json'
import { IdSchema } from '../model/ids'
import { PersonSchema, SourceKindSchema, SourceUnitSchema, type SourceUnit } from '../model/source'

/** Where a bundled text came from, recorded in the data file itself (see data/README.md). */
export const BundledProvenanceSchema = z.strictObject({
  /** The file (and place in it) the text was copied from. */
  source: z.string().min(1),
  /** That file's own account of where its text came from. */
  retrievedFrom: z.string().min(1),
  /** What was changed on copying ("none: ..." when nothing was). */
  transformations: z.string().min(1)
})
export type BundledProvenance = z.infer<typeof BundledProvenanceSchema>

/**
 * A text shipped in data/texts: the citation fields of a Source (empty where unknown),
 * its provenance and its citable units. Strict, so a misspelt field in a data file fails loudly.
 */
export const BundledTextSchema = z.strictObject({
  id: IdSchema,
  kind: SourceKindSchema,
  title: z.string().min(1),
  authors: z.array(PersonSchema),
  /** Publisher, or the court for a case. */
  publisher: z.string(),
  container: z.string(),
  date: z.string(),
  url: z.string(),
  accessed: z.string(),
  reporterCitation: z.string(),
  qualifications: z.string(),
  /** Anything a debater should know about the text, such as another source's differing wording. */
  note: z.string().optional(),
  provenance: BundledProvenanceSchema,
  units: z.array(SourceUnitSchema).min(1)
})
export type BundledText = z.infer<typeof BundledTextSchema>

/** Every bundled text, checked against the schema when first imported. */
export const BUNDLED_TEXTS: readonly BundledText[] = Object.freeze(
  [usConstitution, caConstitutionArt3Sec1, texasVWhite].map((json) => BundledTextSchema.parse(json))
)

export function findBundledText(sourceId: string): BundledText | undefined {
  return BUNDLED_TEXTS.find((text) => text.id === sourceId)
}

/** The unit of a bundled text, or undefined when the source or the unit is unknown. */
export function findUnit(sourceId: string, unitId: string): SourceUnit | undefined {
  return findBundledText(sourceId)?.units.find((unit) => unit.id === unitId)
}

/** The unit's pinpoint as shown on a card or in the reader: its label, e.g. "Art. IV, § 3, cl. 1" or "74 U.S. at 726". */
export function unitPinpoint(_source: Pick<BundledText, 'id'>, unit: Pick<SourceUnit, 'label'>): string {
  return unit.label
}
