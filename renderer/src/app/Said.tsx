/**
 * The status line above the screen: what the action that brought the user here did ("Imported
 * 1AC.docx as the motion …"). The live region is always there, empty until something is said,
 * so a screen reader hears each sentence as it comes.
 */
export function Said({ said, onDismiss }: { said: string | null; onDismiss(): void }) {
  return (
    <div className={said ? 'said' : 'said said-quiet'}>
      <p role="status">{said}</p>
      {said && (
        <button type="button" className="ghost" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  )
}
