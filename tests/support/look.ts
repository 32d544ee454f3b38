import type { Locator, Page } from '@playwright/test'
import { seriousViolations } from './axe'
import { screen } from './screens'

/** The widths a screen is looked at: the narrowest window laid out for, a small laptop, a desktop. */
export const LOOK_WIDTHS = [760, 1024, 1440] as const

/** Screenshots of the page at each of LOOK_WIDTHS, light and dark, `show` scrolled into view; the window is left at 1280×800 and light. */
export async function screensAtWidths(page: Page, name: string, show?: Locator): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const width of LOOK_WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      await show?.scrollIntoViewIfNeeded()
      await screen(page, `${name}-${width}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })
}

/** Serious and critical accessibility problems (axe-core, WCAG 2.2 A and AA) in the page or part of it, one line each, light and dark. */
export async function axeProblems(page: Page, selector?: string): Promise<string[]> {
  const problems: string[] = []
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const v of await seriousViolations(page, { include: selector })) problems.push(`${scheme}: ${v.id}: ${v.help} ×${v.count} (${v.where.join('; ')})`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
  return problems
}
