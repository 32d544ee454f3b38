import { useState } from 'react'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { FilePicker } from '../kit/FilePicker'
import { ReadingFile } from '../kit/ReadingFile'

const FORMATS: Array<[RegExp, 'bibtex' | 'ris' | 'csl-json']> = [
  [/\.(bib|bibtex)$/i, 'bibtex'],
  [/\.ris$/i, 'ris'],
  [/\.json$/i, 'csl-json']
]
const MAX_BYTES = 5 * 1024 * 1024

/** Imports the sources in a BibTeX, RIS or CSL-JSON file: all of them, or none with the entry at fault named. */
export function ImportCitations() {
  const importSources = useMutation('source.import')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [reading, setReading] = useState<string | null>(null)
  const read = async (file: File) => {
    const format = FORMATS.find(([pattern]) => pattern.test(file.name))?.[1]
    if (!format) return setMessage({ text: `${file.name}: choose a .bib, .ris or .json (CSL-JSON) file`, error: true })
    if (file.size > MAX_BYTES) return setMessage({ text: `${file.name} is larger than 5 MB; split it into smaller files`, error: true })
    setMessage(null)
    setReading(file.name)
    try {
      const { added, alreadyHad } = await importSources.mutateAsync({ format, text: await file.text() })
      const had = alreadyHad === 0 ? '' : `; ${alreadyHad} ${alreadyHad === 1 ? 'was' : 'were'} in your library already`
      setMessage({ text: `Imported ${added.length} ${added.length === 1 ? 'source' : 'sources'} from ${file.name}${had}`, error: false })
    } catch (failure) {
      setMessage({ text: `${file.name}: ${messageOf(failure).message}`, error: true })
    } finally {
      setReading(null)
    }
  }
  return (
    <div className="import-citations">
      <FilePicker label="Citation file to import" accept=".bib,.bibtex,.ris,.json" onFile={(file) => void read(file)}>
        Import citations…
      </FilePicker>
      <ReadingFile name={reading} />
      {message && (
        <p className={message.error ? 'field-error' : 'small cut-status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  )
}
