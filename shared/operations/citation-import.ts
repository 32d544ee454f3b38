/**
 * Importing a citation file that has been read (shared/citations/import.ts): which entries are
 * new, which the library has already, which repeat an earlier entry of the same file, which
 * were skipped and why. The preview, the import and the command line's summary all come from here.
 */
import { z } from 'zod'
import type { CitationFile, ReadEntry } from '../citations/read-result'
import { LOCAL_ORIGIN } from '../model/ids'
import { withAdded, type Library } from '../model/library'
import { SourceKindSchema, type Source, type SourceFields } from '../model/source'
import type { Change, OperationEnv } from './change'

const PlaceShape = { key: z.string(), line: z.number().int().min(0) }

export const CitationImportPreviewSchema = z.object({
  /** The entries that would be added. */
  entries: z.array(z.object({ ...PlaceShape, title: z.string(), kind: SourceKindSchema })),
  /** Entries the library has already: the source each is. */
  duplicates: z.array(z.object({ ...PlaceShape, title: z.string(), sourceId: z.string() })),
  /** Entries that repeat an earlier entry of the file (firstLine), which is added once. */
  repeated: z.array(z.object({ ...PlaceShape, title: z.string(), firstLine: z.number().int().min(0) })),
  skipped: z.array(z.object({ ...PlaceShape, reason: z.string() })),
  warnings: z.array(z.string())
})
export type CitationImportPreview = z.infer<typeof CitationImportPreviewSchema>

/** What an import did, in counts and reasons: what the command line prints and --json gives. */
export const CitationImportSummarySchema = z.object({
  added: z.number().int().min(0),
  /** Entries the library has already. */
  duplicates: z.number().int().min(0),
  /** Entries that repeat an earlier entry of the same file. */
  repeated: z.number().int().min(0),
  skipped: z.array(z.object({ ...PlaceShape, reason: z.string() })),
  warnings: z.array(z.string())
})
export type CitationImportSummary = z.infer<typeof CitationImportSummarySchema>

/** The citation fields that make two sources the same reference. */
function citationKey(source: SourceFields): string {
  const { kind, title, authors, publisher, container, date, url, reporterCitation } = source
  return JSON.stringify([kind, title, authors, publisher, container, date, url, reporterCitation])
}

interface Plan {
  preview: CitationImportPreview
  fresh: ReadEntry[]
}

function plan(sources: readonly Source[], file: CitationFile): Plan {
  const known = new Map(sources.map((source) => [citationKey(source), source.id]))
  /** The line of each reference's first entry in the file. */
  const firstLines = new Map<string, number>()
  const fresh: ReadEntry[] = []
  const duplicates: CitationImportPreview['duplicates'] = []
  const repeated: CitationImportPreview['repeated'] = []
  for (const entry of file.entries) {
    const key = citationKey(entry.draft)
    const place = { key: entry.key, line: entry.line, title: entry.draft.title }
    const had = known.get(key)
    const firstLine = firstLines.get(key)
    if (firstLine !== undefined) repeated.push({ ...place, firstLine })
    else {
      firstLines.set(key, entry.line)
      if (had !== undefined) duplicates.push({ ...place, sourceId: had })
      else fresh.push(entry)
    }
  }
  const entries = fresh.map((entry) => ({ key: entry.key, line: entry.line, title: entry.draft.title, kind: entry.draft.kind }))
  return { preview: { entries, duplicates, repeated, skipped: file.skipped, warnings: file.warnings }, fresh }
}

export function previewCitationImport(library: Library, file: CitationFile): CitationImportPreview {
  return plan(library.sources, file).preview
}

export function summariseCitationImport(preview: CitationImportPreview): CitationImportSummary {
  return {
    added: preview.entries.length,
    duplicates: preview.duplicates.length,
    repeated: preview.repeated.length,
    skipped: preview.skipped,
    warnings: preview.warnings
  }
}

/** Adds the file's new entries as the user's own sources; duplicates, repeats and skipped entries are left out. */
export function importCitationFile(
  library: Library,
  file: CitationFile,
  env: OperationEnv
): Change<{ added: Source[]; alreadyHad: number; summary: CitationImportSummary }> {
  const { preview, fresh } = plan(library.sources, file)
  const now = env.now()
  const added: Source[] = fresh.map(({ draft }) => ({ ...draft, id: env.newId(), origin: LOCAL_ORIGIN, createdAt: now, updatedAt: now }))
  return {
    library: withAdded(library, { sources: added }),
    result: { added, alreadyHad: preview.duplicates.length, summary: summariseCitationImport(preview) }
  }
}

/** The summary as lines for a person: counts, then each skipped entry with its key and line, then notes. */
export function describeCitationImport(summary: CitationImportSummary, file: string): string[] {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  const lines = [
    `Imported ${plural(summary.added, 'source', 'sources')} from ${file}` +
      (summary.duplicates ? `; ${plural(summary.duplicates, 'entry was', 'entries were')} in the library already` : '') +
      (summary.repeated ? `; ${plural(summary.repeated, 'entry repeated', 'entries repeated')} an earlier one in the file` : '') +
      (summary.skipped.length ? `; ${plural(summary.skipped.length, 'entry was', 'entries were')} skipped` : '') +
      '.'
  ]
  for (const skip of summary.skipped) {
    lines.push(`  skipped ${skip.key ? `"${skip.key}"` : 'an entry without a key'} (line ${skip.line}): ${skip.reason}`)
  }
  for (const warning of summary.warnings) lines.push(`  note: ${warning}`)
  return lines
}
