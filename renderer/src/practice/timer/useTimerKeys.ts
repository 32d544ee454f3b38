import { useEffect, useLayoutEffect, useRef } from 'react'

export interface TimerKeyActions {
  startPause(): void
  next(): void
  reset(): void
  fullscreen(): void
  prep(side: 'pro' | 'con'): void
  /** Leaves full screen; false when there was nothing to leave, so Esc keeps its other uses. */
  escape(): boolean
}

/**
 * Where Space and letters are the field's own: text you type (text, number and other typed
 * inputs, text areas, editable text) and lists (a select opens on Space). Everywhere else on the
 * timer screen, buttons and toggles included, Space is the clock: a focused button is pressed
 * with Enter. So a click on a control never takes Space away from the clock.
 */
const NOT_TYPED = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'])
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type)
}

/**
 * The timer's keys, while it is on screen: Space start/pause, N next speech, R reset,
 * F full screen, P and O prep for the first and second side. Ignored while typing in a field
 * (see isTyping) and with Ctrl, Cmd or Alt (so Ctrl+R and Ctrl+F keep their usual meaning).
 */
export function useTimerKeys(active: boolean, actions: TimerKeyActions): void {
  const latest = useRef(actions)
  useLayoutEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const a = latest.current
      const commands: Record<string, () => void> = {
        ' ': a.startPause,
        n: a.next,
        r: a.reset,
        f: a.fullscreen,
        p: () => a.prep('pro'),
        o: () => a.prep('con')
      }
      if (event.key === 'Escape') {
        if (a.escape()) event.preventDefault()
        return
      }
      const command = commands[event.key.toLowerCase()]
      if (!command || event.repeat) {
        // Space held down must not scroll the page or press a button either.
        if (event.key === ' ') event.preventDefault()
        return
      }
      event.preventDefault()
      command()
    }
    // Space on a focused button would press it on key up as well: the timer has it instead.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && !isTyping(event.target)) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp)
    }
  }, [active])
}
