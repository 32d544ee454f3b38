import { useCallback, useEffect, useState, type RefObject } from 'react'

/**
 * A large layout for a classroom projector: the element fills the window (CSS) and, where the
 * browser allows it, the screen (the Fullscreen API). Leaving the browser's full screen with
 * its own Esc leaves the large layout too.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>): { on: boolean; toggle(): void; exit(): void } {
  const [on, setOn] = useState(false)

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setOn(false)
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])

  const exit = useCallback(() => {
    setOn(false)
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
  }, [])

  const toggle = useCallback(() => {
    if (on) return exit()
    setOn(true)
    // Refused without a user gesture or inside some frames: the large layout still works.
    ref.current?.requestFullscreen?.().catch(() => undefined)
  }, [on, exit, ref])

  return { on, toggle, exit }
}
