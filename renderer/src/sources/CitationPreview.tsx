import type { OutputOf } from '../../../shared/contract'

type Preview = OutputOf<'source.importPreview'>

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** "entry "smith2020" (line 12)", as the file names it. */
function entryName({ key, line }: { key: string; line: number }): string {
  return key ? `“${key}” (line ${line})` : `entry at line ${line}`
}

/** What importing a citation file would do: counts, then each skipped entry with its reason, the duplicates, the repeats and notes. */
export function CitationPreview({ preview }: { preview: Preview }) {
  const { entries, duplicates, repeated, skipped, warnings } = preview
  return (
    <>
      <p className="small">
        <strong>{plural(entries.length, 'new source', 'new sources')}</strong>
        {duplicates.length > 0 && `, ${duplicates.length} already in your library`}
        {repeated.length > 0 && `, ${repeated.length} repeated in the file`}
        {skipped.length > 0 && `, ${plural(skipped.length, 'entry skipped', 'entries skipped')}`}.
      </p>
      {skipped.length > 0 && (
        <details open={skipped.length <= 5}>
          <summary className="small">Skipped: {plural(skipped.length, 'entry', 'entries')} that cannot become sources</summary>
          <ul className="citation-preview-list small" tabIndex={0}>
            {skipped.map((skip, index) => (
              <li key={`${skip.line}-${index}`}>
                {entryName(skip)}: {skip.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {duplicates.length > 0 && (
        <details>
          <summary className="small">Already in your library: {plural(duplicates.length, 'entry', 'entries')}</summary>
          <ul className="citation-preview-list small" tabIndex={0}>
            {duplicates.map((duplicate, index) => (
              <li key={`${duplicate.line}-${index}`}>
                {entryName(duplicate)}: {duplicate.title}
              </li>
            ))}
          </ul>
        </details>
      )}
      {repeated.length > 0 && (
        <details>
          <summary className="small">Repeated in the file: {plural(repeated.length, 'entry', 'entries')} the same as an earlier one</summary>
          <ul className="citation-preview-list small" tabIndex={0}>
            {repeated.map((repeat, index) => (
              <li key={`${repeat.line}-${index}`}>
                {entryName(repeat)}: {repeat.title} (same as line {repeat.firstLine})
              </li>
            ))}
          </ul>
        </details>
      )}
      {warnings.length > 0 && (
        <ul className="citation-preview-list small muted">
          {warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
      )}
    </>
  )
}
