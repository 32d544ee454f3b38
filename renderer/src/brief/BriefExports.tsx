import type { RecentExportEntry } from '../../../shared/brief/api'
import type { BriefFormat } from '../../../shared/brief/options'
import type { BriefExportsState } from './useBriefExports'

const FORMATS: Array<[BriefFormat, string, string]> = [
  ['docx', 'Word', 'A .docx in the Verbatim conventions'],
  ['pdf', 'PDF', 'Print-ready, with page numbers'],
  ['html', 'HTML', 'One self-contained web page'],
  ['md', 'Markdown', 'Plain text with Markdown headings']
]

function when(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** One button a format. While a file is being made the others wait (not disabled, so focus stays where it is). */
export function ExportButtons({ exports }: { exports: BriefExportsState }) {
  const { busy, exportAs } = exports
  return (
    <div className="brief-export-buttons" role="group" aria-label="Export">
      <span className="muted small">Export</span>
      {FORMATS.map(([format, name, hint]) => (
        <button
          key={format}
          type="button"
          className={format === 'docx' ? 'primary' : undefined}
          title={hint}
          aria-disabled={busy !== null}
          onClick={() => void exportAs(format, name)}
        >
          {busy === format ? `${name}…` : name}
        </button>
      ))}
    </div>
  )
}

function RevealButton({ entry, exports }: { entry: RecentExportEntry; exports: BriefExportsState }) {
  return (
    <button type="button" className="ghost" aria-label={`Show ${entry.fileName} in folder`} onClick={() => exports.reveal(entry)}>
      Show in folder
    </button>
  )
}

/** What the last export did, or why it failed: a bar under the builder's header. */
export function ExportStatusBar({ exports }: { exports: BriefExportsState }) {
  const { status, error } = exports
  // Always there, empty or not, so screen readers hear each new message in the same live region.
  return (
    <div className={`brief-status-bar${status || error ? '' : ' quiet'}`}>
      <p role="status">{status?.message}</p>
      {status?.saved && exports.desktop && <RevealButton entry={status.saved} exports={exports} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** The last files saved (the desktop app, with "Show in folder") or downloaded this session (the web mode). */
export function RecentExports({ exports }: { exports: BriefExportsState }) {
  const { recent, desktop } = exports
  if (recent.length === 0) return null
  return (
    <section className="brief-recent-exports" aria-labelledby="brief-recent-heading">
      <h3 id="brief-recent-heading">{desktop ? 'Recent exports' : 'Downloaded this session'}</h3>
      <ul className="brief-recent" aria-labelledby="brief-recent-heading">
        {recent.map((entry) => (
          <li key={entry.id}>
            <span className="brief-recent-name">{entry.fileName}</span>
            <span className="muted small">
              {entry.format.toUpperCase() || 'File'} · {when(entry.savedAt)}
              {!entry.exists && ' · moved or deleted'}
            </span>
            {entry.path && <span className="brief-recent-path muted small">{entry.path}</span>}
            {desktop && entry.exists && <RevealButton entry={entry} exports={exports} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
