import type { ReactNode } from 'react'

interface ConfirmBarProps {
  label: string
  confirmLabel: string
  onConfirm(): void
  onCancel(): void
  children: ReactNode
}

/** An inline "are you sure?" for an action that cannot be undone, such as a delete. */
export function ConfirmBar({ label, confirmLabel, onConfirm, onCancel, children }: ConfirmBarProps) {
  return (
    <div className="confirm" role="alertdialog" aria-label={label}>
      <span>{children}</span>
      <button type="button" className="danger-solid" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" autoFocus onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
