import scrollIntoView from 'scroll-into-view-if-needed'

/** Smooth, unless the system asks for less motion. */
function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'
}

/**
 * Brings `target` into view by scrolling only the boxes between it and the app's main pane (the
 * pane included), and only as far as needed. Element.scrollIntoView also scrolls every box
 * around the pane, the app's shell with its header and sidebar among them.
 */
export function revealInPane(target: Element, block: ScrollLogicalPosition = 'center'): void {
  const pane = target.closest('main')
  const reveal = () => scrollIntoView(target, { block, inline: 'nearest', scrollMode: 'if-needed', behavior: scrollBehavior(), boundary: pane })
  reveal()
  // Text laid out only near the view (content-visibility) takes its real height once scrolled to,
  // which can move the target: look again once that layout is done.
  requestAnimationFrame(() => requestAnimationFrame(() => target.isConnected && reveal()))
}
