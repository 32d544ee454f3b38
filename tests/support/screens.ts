import type { Locator, Page } from '@playwright/test'

/** Saves a full-window screenshot under test-results/screens/, for a person to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false })
}

/** The same screen at a wide and a narrow window, in light and dark; `show` is scrolled into view in each. */
export async function screensAllSizes(page: Page, name: string, show?: Locator): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const [width, height] of [
      [1280, 800],
      [900, 700]
    ] as const) {
      await page.setViewportSize({ width, height })
      await show?.scrollIntoViewIfNeeded()
      await screen(page, `${name}-${width}x${height}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })
}
