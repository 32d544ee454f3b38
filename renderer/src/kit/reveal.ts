import scrollIntoView from 'scroll-into-view-if-needed'

/** Smooth, unless the system asks for less motion. */
function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'
}

/** Within a screen's height of what the pane shows now: near enough to glide to. */
function isNear(target: Element, pane: Element | null): boolean {
  const view = (pane ?? document.documentElement).getBoundingClientRect()
  const box = target.getBoundingClientRect()
  return box.bottom > view.top - view.height && box.top < view.bottom + view.height
}

const nextLayout = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then))

/**
 * Brings `target` into view by scrolling only the boxes between it and the app's main pane (the
 * pane included), and only as far as needed. Element.scrollIntoView also scrolls every box
 * around the pane, the app's shell with its header and sidebar among them.
 *
 * Text laid out only near the view (content-visibility) takes its real height once scrolled
 * past, which moves a far target after the scroll. So a far target is jumped to, and jumped to
 * again after each layout until it stays put; a near one is glided to.
 */
export function revealInPane(target: Element, block: ScrollLogicalPosition = 'center'): void {
  const pane = target.closest('main')
  const reveal = (behavior: ScrollBehavior) => scrollIntoView(target, { block, inline: 'nearest', scrollMode: 'if-needed', behavior, boundary: pane })
  if (isNear(target, pane)) {
    reveal(scrollBehavior())
    return
  }
  let rounds = 0
  const settle = () => {
    if (!target.isConnected) return
    const before = target.getBoundingClientRect().top
    reveal('auto')
    const moved = Math.abs(target.getBoundingClientRect().top - before) > 1
    if (moved && ++rounds < 8) nextLayout(settle)
  }
  settle()
}
