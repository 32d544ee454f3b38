import { useState, type FormEvent, type ReactNode } from 'react'
import { messageOf } from '../api/client'

interface TextFormProps {
  label: string
  initial?: string
  placeholder?: string
  submitLabel: string
  /** Saves the text; a thrown error is shown under the field and the text is kept. */
  onSubmit(text: string): Promise<void>
  onCancel?: () => void
  /** Extra controls before the buttons, such as a stance picker. */
  children?: ReactNode
  className?: string
  autoFocus?: boolean
}

/** One text field with Save and Cancel: Enter saves, Escape cancels. Used for every add and rename. */
export function TextForm(props: TextFormProps) {
  const [text, setText] = useState(props.initial ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const errorId = `err-${props.label.replace(/\W+/g, '-')}`

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await props.onSubmit(text)
      setText(props.initial ?? '')
      setError(null)
    } catch (failure) {
      setError(messageOf(failure).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className={`text-form ${props.className ?? ''}`} onSubmit={submit}>
      <div className="text-form-row">
        <input
          aria-label={props.label}
          value={text}
          placeholder={props.placeholder}
          autoFocus={props.autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && props.onCancel) {
              e.preventDefault()
              props.onCancel()
            }
          }}
        />
        {props.children}
        <button type="submit" className="primary" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
