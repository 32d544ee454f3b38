import { useState } from 'react'
import { citationFileText } from '../../../shared/citations/file-text'
import type { OutputOf } from '../../../shared/contract'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { FilePicker } from '../kit/FilePicker'
import { FilePreview } from '../kit/FilePreview'
import { ReadingFile } from '../kit/ReadingFile'
import { CitationPreview } from './CitationPreview'

type Format = 'bibtex' | 'ris' | 'csl-json'
const FORMATS: Array<[RegExp, Format]> = [
  [/\.(bib|bibtex)$/i, 'bibtex'],
  [/\.ris$/i, 'ris'],
  [/\.json$/i, 'csl-json']
]
const MAX_BYTES = 5 * 1024 * 1024

interface Pending {
  name: string
  format: Format
  text: string
  preview: OutputOf<'source.importPreview'>
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/**
 * Imports the sources in a BibTeX, RIS or CSL-JSON file: first a preview (what is new, what the
 * library has, what is skipped and why, by key and line), then the new ones on the user's word.
 */
export function ImportCitations({ onImported }: { onImported?(count: number): void }) {
  const previewImport = useMutation('source.importPreview')
  const importSources = useMutation('source.import')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [reading, setReading] = useState<string | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, setBusy] = useState(false)

  const read = async (file: File) => {
    setPending(null)
    const format = FORMATS.find(([pattern]) => pattern.test(file.name))?.[1]
    if (!format) return setMessage({ text: `${file.name}: choose a .bib, .ris or .json (CSL-JSON) file`, error: true })
    if (file.size > MAX_BYTES) return setMessage({ text: `${file.name} is larger than 5 MB; split it into smaller files`, error: true })
    setMessage(null)
    setReading(file.name)
    try {
      // Decoded as the command line does: not UTF-8 is read as the file declares, or as Windows-1252 with a note.
      const { text, warnings } = citationFileText(new Uint8Array(await file.arrayBuffer()))
      const preview = await previewImport.mutateAsync({ format, text })
      setPending({ name: file.name, format, text, preview: { ...preview, warnings: [...warnings, ...preview.warnings] } })
    } catch (failure) {
      setMessage({ text: `${file.name}: ${messageOf(failure).message}`, error: true })
    } finally {
      setReading(null)
    }
  }

  const importNow = async () => {
    if (!pending) return
    setBusy(true)
    setReading(pending.name)
    try {
      const { added, summary } = await importSources.mutateAsync({ format: pending.format, text: pending.text })
      const left = [
        summary.duplicates ? `${plural(summary.duplicates, 'was', 'were')} in your library already` : '',
        summary.repeated ? `${plural(summary.repeated, 'was', 'were')} repeated in the file` : '',
        summary.skipped.length ? `${summary.skipped.length} skipped` : ''
      ].filter(Boolean)
      setMessage({ text: `Imported ${plural(added.length, 'source', 'sources')} from ${pending.name}${left.length ? `; ${left.join(', ')}` : ''}`, error: false })
      setPending(null)
      onImported?.(added.length)
    } catch (failure) {
      setMessage({ text: `${pending.name}: ${messageOf(failure).message}`, error: true })
    } finally {
      setBusy(false)
      setReading(null)
    }
  }

  return (
    <div className="import-citations">
      <FilePicker reader="citations" label="Citation file to import" accept=".bib,.bibtex,.ris,.json" onFile={(file) => void read(file)}>
        Import citations…
      </FilePicker>
      <ReadingFile name={reading} />
      {message && (
        <p className={message.error ? 'field-error' : 'small cut-status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {pending && (
        <FilePreview className="citation-preview" fileName={pending.name}>
          <CitationPreview preview={pending.preview} />
          <div className="actions">
            <button type="button" className="primary" disabled={busy || pending.preview.entries.length === 0} onClick={() => void importNow()}>
              Import {plural(pending.preview.entries.length, 'source', 'sources')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </FilePreview>
      )}
    </div>
  )
}
