import { useRef, useState } from 'react'
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/extracted'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { readAsBase64 } from '../kit/read-as-base64'

/** The document files Sources > Import document takes, for the file chooser. */
export const DOCUMENT_ACCEPT = '.pdf,.docx,.html,.htm,.txt,.md,.markdown'
const DOCUMENT_FILE = /\.(pdf|docx|html?|txt|md|markdown)$/i

export const isDocumentFile = (name: string) => DOCUMENT_FILE.test(name)

export type ImportProgress = { name: string; step: 'reading'; percent: number } | { name: string; step: 'importing' }
export interface ImportMessage {
  text: string
  error: boolean
}

/**
 * Imports document files as sources, one after another: reads each in the page, hands it to
 * source.importDocument (which parses it off the page), and opens the source made, or the one the
 * library had already. Cancel stops the read, or the parse on the main process; nothing is
 * written then, and a failure names the file and what was wrong.
 */
export function useDocumentImport(onOpen: (sourceId: string) => void) {
  const importDocument = useMutation('source.importDocument')
  const cancelImports = useMutation('import.cancel')
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [message, setMessage] = useState<ImportMessage | null>(null)
  const reading = useRef<FileReader | null>(null)
  const cancelled = useRef(false)

  const importOne = async (file: File): Promise<boolean> => {
    if (!isDocumentFile(file.name)) {
      setMessage({ text: `${file.name}: choose a PDF, a Word file (.docx), a saved web page (.html), plain text (.txt) or Markdown (.md)`, error: true })
      return false
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      setMessage({ text: `${file.name} is larger than 40 MB, the most Casebook reads from one document`, error: true })
      return false
    }
    try {
      setProgress({ name: file.name, step: 'reading', percent: 0 })
      reading.current = new FileReader()
      const base64 = await readAsBase64(file, reading.current, (percent) => setProgress({ name: file.name, step: 'reading', percent }))
      reading.current = null
      setProgress({ name: file.name, step: 'importing' })
      const { source, alreadyHad, warnings } = await importDocument.mutateAsync({ fileName: file.name, base64 })
      const said = alreadyHad ? `${file.name}: Already in your library, as “${source.title}”.` : `Imported ${file.name} as “${source.title}”.`
      setMessage({ text: [said, ...warnings].join(' '), error: false })
      onOpen(source.id)
      return true
    } catch (failure) {
      if (cancelled.current) setMessage({ text: `Stopped importing ${file.name}; nothing was added.`, error: false })
      else setMessage({ text: `${file.name}: ${messageOf(failure).message}`, error: true })
      return false
    } finally {
      reading.current = null
      setProgress(null)
    }
  }

  return {
    progress,
    message,
    /** Imports the files in turn, stopping at the first that fails or is cancelled. */
    async importFiles(files: readonly File[]) {
      cancelled.current = false
      setMessage(null)
      for (const file of files) if (!(await importOne(file)) || cancelled.current) break
    },
    cancel() {
      cancelled.current = true
      if (reading.current) reading.current.abort()
      else cancelImports.mutate({})
    }
  }
}
