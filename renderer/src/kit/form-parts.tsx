/** Small pieces every form repeats: a labelled choice from a fixed list, and the error-and-buttons footer. */

interface ChoiceFieldProps<T extends string> {
  label: string
  value: T
  options: ReadonlyArray<readonly [T, string]>
  onChange(value: T): void
}

/** A labelled select over fixed values, each shown by its name. */
export function ChoiceField<T extends string>({ label, value, options, onChange }: ChoiceFieldProps<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <Choice value={value} options={options} onChange={onChange} />
    </label>
  )
}

/** A drop-down of fixed options with no visible label of its own (a table cell names it with `ariaLabel`). */
export function Choice<T extends string>({ value, options, onChange, ariaLabel }: Omit<ChoiceFieldProps<T>, 'label'> & { ariaLabel?: string }) {
  return (
    <select aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map(([key, name]) => (
        <option key={key} value={key}>
          {name}
        </option>
      ))}
    </select>
  )
}

interface FormFooterProps {
  error: string | null
  errorId?: string
  submitLabel: string
  busy?: boolean
  onCancel?: () => void
}

/** The form's error (read out when it appears) and its submit and cancel buttons. */
export function FormFooter({ error, errorId, submitLabel, busy, onCancel }: FormFooterProps) {
  return (
    <>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  )
}
