import { useEffect, useState } from 'react'

const KEY = 'casebook.sidebar'
/** Below this width the sidebar starts collapsed, so the map gets the room (until the user chooses). */
export const NARROW_QUERY = '(max-width: 899px)'

type Choice = 'open' | 'collapsed'

function storedChoice(): Choice | null {
  const value = localStorage.getItem(KEY)
  return value === 'open' || value === 'collapsed' ? value : null
}

const narrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches

/**
 * Whether the sidebar is open: the user's last choice (remembered), else open on wide windows
 * and collapsed on narrow ones, following the window while no choice has been made.
 */
export function useSidebarOpen(): [boolean, (open: boolean) => void] {
  const [choice, setChoice] = useState<Choice | null>(storedChoice)
  const [isNarrow, setNarrow] = useState(narrow)
  useEffect(() => {
    if (choice !== null || typeof window.matchMedia !== 'function') return
    const query = window.matchMedia(NARROW_QUERY)
    const follow = () => setNarrow(query.matches)
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [choice])
  const open = choice === null ? !isNarrow : choice === 'open'
  const setOpen = (next: boolean) => {
    const value: Choice = next ? 'open' : 'collapsed'
    localStorage.setItem(KEY, value)
    setChoice(value)
  }
  return [open, setOpen]
}
