import { useId, useState, type KeyboardEvent } from 'react'
import { lengthNote } from '../../../../shared/model/length-limit'
import { LengthNote } from '../../kit/LengthNote'

interface RowEditorProps {
  initial: string
  label: string
  placeholder?: string
  /** Enter: save, then (for an outliner) start a new claim below. */
  onEnter(text: string): void
  onTab(text: string, outdent: boolean): void
  onCancel(): void
  /** Leaving the field saves what was typed. */
  onBlur(text: string): void
}

/** The text field a row turns into while its tag is being written. */
export function RowEditor({ initial, label, placeholder, onEnter, onTab, onCancel, onBlur }: RowEditorProps) {
  const [text, setText] = useState(initial)
  const [done, setDone] = useState(false)
  // Past the limit, Enter and Tab keep the field open with every word typed: nothing is cut.
  const note = lengthNote(text, 300)
  const noteId = useId()
  const finish = (then: () => void) => {
    setDone(true)
    then()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // The tree's own shortcuts must not fire while typing.
    e.stopPropagation()
    if ((e.key === 'Enter' || e.key === 'Tab') && note?.over) {
      e.preventDefault()
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault()
      finish(() => onEnter(text))
    } else if (e.key === 'Escape') {
      e.preventDefault()
      finish(onCancel)
    } else if (e.key === 'Tab') {
      e.preventDefault()
      finish(() => onTab(text, e.shiftKey))
    }
  }
  return (
    <>
    <input
      className="row-editor"
      aria-label={label}
      autoFocus
      value={text}
      placeholder={placeholder}
      aria-invalid={note?.over || undefined}
      aria-describedby={noteId}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        // Past the limit, leaving the field keeps it open with its words rather than sending what would be refused.
        if (!done && !note?.over) onBlur(text)
      }}
      onClick={(e) => e.stopPropagation()}
    />
    <LengthNote id={noteId} note={note} />
    </>
  )
}
