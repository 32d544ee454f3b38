import { useRef, useState } from 'react'
import type { OutputOf } from '../../../shared/contract'
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/extracted'
import type { VerbatimTarget } from '../../../shared/verbatim/summary'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { readAsBase64 } from '../kit/read-as-base64'

export type VerbatimPreview = OutputOf<'verbatim.preview'>
export type VerbatimImported = OutputOf<'verbatim.import'>

/** Where the dialog is: reading the file, showing what it holds, writing it, or saying why it cannot. */
export type VerbatimStep =
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; preview: VerbatimPreview }
  | { step: 'importing'; name: string; preview: VerbatimPreview }
  | { step: 'failed'; name: string; message: string }

const WORD_FILE = /\.docx$/i

/**
 * A Verbatim file from choosing to done: checks the name and size in the page, reads the bytes,
 * asks verbatim.preview (parsed off the page; nothing written), then verbatim.import into the
 * place chosen. Every failure names the file and says nothing was added, which is true: the
 * import writes in one update or not at all.
 */
export function useVerbatimImport(onImported: (fileName: string, result: VerbatimImported) => void) {
  const previewFile = useMutation('verbatim.preview')
  const importFile = useMutation('verbatim.import')
  const cancelImports = useMutation('import.cancel')
  const [state, setState] = useState<VerbatimStep | null>(null)
  const chosen = useRef<{ name: string; base64: string } | null>(null)
  const reader = useRef<FileReader | null>(null)
  const cancelled = useRef(false)
  // The reader's messages name the file already; the page's own checks say which file they mean.
  const fail = (name: string, message: string) =>
    setState({ step: 'failed', name, message: `${message.includes(name) ? message : `${name} cannot be imported: ${message}`} Nothing was added.` })

  return {
    state,
    /** Reads `file` and previews it; resolves with how that went. */
    async open(file: File): Promise<'preview' | 'failed' | 'cancelled'> {
      chosen.current = null
      cancelled.current = false
      if (!WORD_FILE.test(file.name)) {
        fail(file.name, 'a Verbatim file is a Word file (.docx), and this is not one.')
        return 'failed'
      }
      if (file.size > MAX_DOCUMENT_BYTES) {
        fail(file.name, 'it is larger than 40 MB, the most Casebook reads from one file.')
        return 'failed'
      }
      setState({ step: 'reading', name: file.name })
      try {
        reader.current = new FileReader()
        const base64 = await readAsBase64(file, reader.current)
        reader.current = null
        const preview = await previewFile.mutateAsync({ fileName: file.name, base64 })
        // Closed while the parse finished: stay closed.
        if (cancelled.current) return 'cancelled'
        chosen.current = { name: file.name, base64 }
        setState({ step: 'preview', name: file.name, preview })
        return 'preview'
      } catch (failure) {
        if (cancelled.current) {
          setState(null)
          return 'cancelled'
        }
        fail(file.name, messageOf(failure).message.replace(/\.?$/, '.'))
        return 'failed'
      } finally {
        reader.current = null
      }
    },
    async importInto(into: VerbatimTarget) {
      const file = chosen.current
      if (!file || state?.step !== 'preview') return
      setState({ step: 'importing', name: file.name, preview: state.preview })
      try {
        const result = await importFile.mutateAsync({ fileName: file.name, base64: file.base64, into })
        chosen.current = null
        setState(null)
        onImported(file.name, result)
      } catch (failure) {
        fail(file.name, messageOf(failure).message.replace(/\.?$/, '.'))
      }
    },
    /** Closes the dialog; a read under way is stopped (in the page, or the parse on the main process). */
    close() {
      if (state?.step === 'importing') return
      if (state?.step === 'reading') {
        cancelled.current = true
        if (reader.current) reader.current.abort()
        else cancelImports.mutate({})
      }
      chosen.current = null
      setState(null)
    }
  }
}
