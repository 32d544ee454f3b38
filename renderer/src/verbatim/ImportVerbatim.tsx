import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import type { VerbatimTarget } from '../../../shared/verbatim/summary'
import { createPortal } from 'react-dom'
import { FilePicker } from '../kit/FilePicker'
import { useNavigation } from '../kit/navigation'
import { ImportVerbatimDialog, VERBATIM_ACCEPT } from './ImportVerbatimDialog'
import { useVerbatimImport } from './use-verbatim-import'
import { importedSentence } from './verbatim-words'

/** A file dropped on a screen that might be a Verbatim file; `request` counts drops, so the same file dropped again is offered again. */
export interface DroppedWordFile {
  file: File
  request: number
}

interface ImportVerbatimProps {
  /** Where the dialog proposes to put the file (the user may choose the other). */
  into: VerbatimTarget
  className?: string
  /** "Import Verbatim file…", or the words the place it sits in needs. */
  children?: ReactNode
  /** A dropped .docx: previewed as a Verbatim file; one that is not is handed back as a document (`onDocument`). */
  dropped?: DroppedWordFile | null
  onDocument?(file: File): void
}

/**
 * Import Verbatim file…: the button (the system's file chooser), then the dialog, then the result:
 * the new motion opened, or the card library listing the sources of the new cards at the first
 * one, with a sentence saying what was added.
 */
export function ImportVerbatim({ into: proposed, className, children = 'Import Verbatim file…', dropped = null, onDocument }: ImportVerbatimProps) {
  const navigation = useNavigation()
  const [into, setInto] = useState(proposed)
  const verbatim = useVerbatimImport((fileName, result) => {
    const said = importedSentence(fileName, result)
    if (result.motion) navigation.openMotion(result.motion.id, said)
    else navigation.openCards(result.cards, fileName, said)
  })
  const [offering, setOffering] = useState<File | null>(null)
  const [lastDrop, setLastDrop] = useState(dropped)
  if (dropped !== lastDrop) {
    setLastDrop(dropped)
    if (dropped) {
      setOffering(dropped.file)
      setInto(proposed)
    }
  }
  const latest = useRef({ open: verbatim.open, close: verbatim.close, onDocument })
  useLayoutEffect(() => {
    latest.current = { open: verbatim.open, close: verbatim.close, onDocument }
  })
  useEffect(() => {
    if (!dropped) return
    const { open, close } = latest.current
    // Not a Verbatim file (or one that cannot be read as one): imported as a document, which says what is wrong if anything is.
    void open(dropped.file).then((read) => {
      if (read !== 'failed') return
      close()
      latest.current.onDocument?.(dropped.file)
    })
  }, [dropped])
  const asDocument =
    offering && onDocument
      ? () => {
          verbatim.close()
          onDocument(offering)
        }
      : undefined
  const choose = (file: File) => {
    setOffering(null)
    setInto(proposed)
    void verbatim.open(file)
  }

  return (
    <>
      <FilePicker reader="verbatim" className={className} label="Verbatim file to import" accept={VERBATIM_ACCEPT} onFile={choose}>
        {children}
      </FilePicker>
      {verbatim.state &&
        !(offering && verbatim.state.step === 'failed') &&
        // On the body: out of any form it was opened from (Enter on a choice must not submit New motion).
        createPortal(
          <ImportVerbatimDialog
            state={verbatim.state}
            into={into}
            onInto={setInto}
            onImport={() => void verbatim.importInto(into)}
            onChooseAgain={choose}
            onClose={verbatim.close}
            onAsDocument={asDocument}
          />,
          document.body
        )}
    </>
  )
}
