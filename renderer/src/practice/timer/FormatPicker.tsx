import type { CustomFormat, TimingFormat } from '../../../../shared/model/practice'

interface FormatPickerProps {
  presets: readonly TimingFormat[]
  custom: readonly CustomFormat[]
  selectedId: string
  onSelect(format: TimingFormat): void
  onNew(): void
  onEdit(): void
  onDelete(): void
}

/** Chooses the round's format: a preset or one of the user's own, which can be made, changed and deleted here. */
export function FormatPicker({ presets, custom, selectedId, onSelect, onNew, onEdit, onDelete }: FormatPickerProps) {
  const isCustom = custom.some((f) => f.id === selectedId)
  const choose = (id: string) => {
    const format = [...presets, ...custom].find((f) => f.id === id)
    if (format) onSelect(format)
  }
  return (
    <div className="format-picker">
      <label className="field">
        <span>Format</span>
        <select value={selectedId} onChange={(e) => choose(e.target.value)}>
          <optgroup label="Presets">
            {presets.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </optgroup>
          {custom.length > 0 && (
            <optgroup label="Your formats">
              {custom.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" onClick={onNew}>
        New format…
      </button>
      {isCustom && (
        <>
          <button type="button" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
        </>
      )}
    </div>
  )
}
