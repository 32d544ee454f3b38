const LABELS = ['', 'Poor', 'Weak', 'Fair', 'Good', 'Excellent']

interface RatingFieldProps {
  label: string
  /** The radio group's name; unique on the page. */
  name: string
  value: number | null
  onChange(rating: number): void
}

/** A self-rating from 1 to 5, as a group of radio buttons (arrow keys move between them). */
export function RatingField({ label, name, value, onChange }: RatingFieldProps) {
  return (
    <fieldset className="rating">
      <legend>{label}</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className="rating-option" title={LABELS[n]}>
          <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
          <span className="rating-pill">
            {n} <span className="rating-word">{LABELS[n]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
