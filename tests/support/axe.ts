import axe from 'axe-core'
import type { Frame, Page } from '@playwright/test'

/** WCAG 2.2 A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeScope {
  /** Check only inside the element this selector matches; the whole page otherwise. */
  include?: string
  /** Leave out what these match (a frame whose sandbox runs no scripts, where axe cannot run). */
  exclude?: string[]
}

/** One violation as the tests report it: which rule, how many elements, and the first few of them. */
export interface Violation {
  id: string
  impact: string
  help: string
  count: number
  /** Up to three elements at fault: the selector, then what axe says must change. */
  where: string[]
}

const hasAxe = (frame: Frame) => frame.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function')

/**
 * axe-core is put into the page once and stays there while the app moves between screens (it
 * never reloads), so each check is one axe.run. @axe-core/playwright's AxeBuilder instead puts
 * axe in again for every check and gathers the results in a new blank page: five times the time
 * of the run itself, and checks are most of the accessibility spec's time.
 */
async function ensureAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    try {
      if (!(await hasAxe(frame))) await frame.evaluate(axe.source)
    } catch (error) {
      // As AxeBuilder does: a frame that runs no scripts cannot be checked; only the page itself must be.
      if (frame === page.mainFrame()) throw error
    }
  }
}

/** The serious and critical WCAG 2.2 A/AA violations axe-core finds in the page (or part of it) as it is now. */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<Violation[]> {
  await ensureAxe(page)
  const exclude = scope.exclude ?? []
  const context = scope.include ? { include: [scope.include], exclude } : { exclude }
  const results = await page.evaluate(
    ([context, tags]) =>
      (window as unknown as { axe: typeof axe }).axe.run(context as axe.ElementContext, {
        runOnly: { type: 'tag', values: tags },
        // Only violations are read: axe then keeps one example of each pass, not every element.
        resultTypes: ['violations']
      }),
    [context, WCAG_TAGS] as const
  )
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact as string,
      help: v.help,
      count: v.nodes.length,
      where: v.nodes.slice(0, 3).map((node) => {
        const fix = node.failureSummary?.split('\n').slice(1).join(' ').slice(0, 160)
        return `${node.target.join(' ')}${fix ? ` (${fix})` : ''}`
      })
    }))
}
