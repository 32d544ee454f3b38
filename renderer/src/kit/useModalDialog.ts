import { createFocusTrap } from 'focus-trap'
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

/** Whether the focus rests on something outside the dialog, moved there as the dialog closed. */
function focusWasPlaced(dialog: HTMLElement): boolean {
  const now = document.activeElement
  return now !== null && now !== document.body && !dialog.contains(now)
}

/**
 * What every modal dialog (role="dialog" aria-modal="true") owes the keyboard: focus moves into it
 * on opening (to `initialFocus`, else its first control), Tab and Shift+Tab wrap inside it, Escape
 * closes it, and on closing focus goes back to whatever opened it (unless the dialog's action
 * moved it on, such as a search hit opened). focus-trap finds the
 * focusable controls as browsers do (radio groups, disabled and hidden controls, frames).
 */
export function useModalDialog(ref: RefObject<HTMLElement | null>, onClose: () => void, initialFocus?: () => HTMLElement | null) {
  const closeRef = useRef(onClose)
  const initialRef = useRef(initialFocus)
  useLayoutEffect(() => {
    closeRef.current = onClose
    initialRef.current = initialFocus
  })
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const trap = createFocusTrap(dialog, {
      initialFocus: () => initialRef.current?.() ?? undefined,
      fallbackFocus: dialog,
      // The dialog closes itself (its parent unmounts it); the trap lets go then.
      escapeDeactivates: () => {
        closeRef.current()
        return false
      },
      // A click on the backdrop may close the dialog by its own handler.
      allowOutsideClick: true,
      returnFocusOnDeactivate: true,
      // Unless what closed the dialog put the focus somewhere (a search hit opened, its card focused).
      setReturnFocus: (before) => (focusWasPlaced(dialog) || !before.isConnected ? false : before),
      // Focus given or given back never scrolls the shell around the page's panes.
      preventScroll: true
    })
    trap.activate()
    return () => {
      trap.deactivate()
    }
  }, [ref])
}
