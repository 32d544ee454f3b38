interface PullChoiceProps {
  claimTitle: string
  where: string
  onReplace(): void
  onAppend(): void
  onCancel(): void
}

/** Asked when a claim pulled from the map would replace a note the user typed: nothing typed is lost without a choice. */
export function PullChoice({ claimTitle, where, onReplace, onAppend, onCancel }: PullChoiceProps) {
  return (
    <div
      className="confirm flow-pull-choice"
      role="alertdialog"
      aria-label="Your note is in this cell"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          onCancel()
        }
      }}
    >
      <span>
        {where} already holds your note. Put “{claimTitle}” after it, or replace the note?
      </span>
      <button type="button" className="primary" autoFocus onClick={onAppend}>
        Append
      </button>
      <button type="button" onClick={onReplace}>
        Replace
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
