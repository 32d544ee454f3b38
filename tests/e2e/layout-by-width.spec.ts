import { expect, test, type Page } from '@playwright/test'
import { screen } from '../support/screens'
import { watchConsole } from '../support/slice'
import { startWebMode, tempDataDir, type RunningWebMode } from '../support/web-mode'

/**
 * From 760 to 1920 px a motion's case starts near the top, the claim panel sits beside it, and
 * nothing scrolls sideways; the sidebar collapses on narrow windows and remembers the user's choice.
 */
const WIDTHS = [
  [760, 800],
  [1024, 700],
  [1440, 900],
  [1920, 1080]
] as const
/** The first claim's top edge, at most this far down the window (a header, a toolbar, then the case). */
const FIRST_CLAIM_MAX_TOP = 340

let server: RunningWebMode
// A server per test: its address lets in only the first browser context that opens it.
test.beforeEach(async () => {
  server = await startWebMode(tempDataDir(), [], { starterPack: true })
})
test.afterEach(async () => {
  await server.stop()
})

const sidebarToggle = (page: Page) => page.getByRole('button', { name: 'Sidebar' })

/** What a window of this width shows of the layout, measured in the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null
    const root = document.documentElement
    const main = document.querySelector('.main') as HTMLElement
    return {
      sidewaysScroll: root.scrollWidth > root.clientWidth || main.scrollWidth > main.clientWidth,
      firstClaim: box('[role="treeitem"]'),
      tree: box('.outline-scroll'),
      panel: box('.map-side')
    }
  })
}

test('at 760, 1024, 1440 and 1920 px the case starts near the top, the panel beside it, nothing scrolls sideways', async ({ page }) => {
  const errors = watchConsole(page)
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height })
    await page.goto(server.url)
    await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 })
    await page.getByRole('tree').getByRole('treeitem').first().click()
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading').first()).toBeVisible()
    const shown = await measure(page)
    expect.soft(shown.sidewaysScroll, `sideways scroll at ${width} px`).toBe(false)
    expect.soft(shown.firstClaim!.top, `first claim's top at ${width} px`).toBeLessThanOrEqual(FIRST_CLAIM_MAX_TOP)
    // Beside the outline, on screen: to its right, and its top in the window.
    expect.soft(shown.panel!.left, `panel beside the outline at ${width} px`).toBeGreaterThanOrEqual(shown.tree!.right)
    expect.soft(shown.panel!.top, `panel's top on screen at ${width} px`).toBeLessThan(height / 2)
    expect.soft(shown.panel!.right, `panel inside the window at ${width} px`).toBeLessThanOrEqual(width)
    // Collapsed below 900 px unless the user chose; open above.
    await expect.soft(sidebarToggle(page)).toHaveAttribute('aria-expanded', width < 900 ? 'false' : 'true')
  }
  expect(errors).toEqual([])
})

test('the sidebar opens and closes from the keyboard, and stays as the user left it', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 800 })
  await page.goto(server.url)
  await expect(page.getByRole('tree')).toBeVisible({ timeout: 20_000 })
  const toggle = sidebarToggle(page)
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('button', { name: /^Sources & cards/ })).toBeHidden()
  // The first stop of the page's Tab order.
  await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('button', { name: /^Sources & cards/ })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /^Search/ })).toBeFocused()
  await page.reload()
  await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'true')
  await sidebarToggle(page).press('Space')
  await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'false')
  // A wide window keeps the user's choice too.
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.reload()
  await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'false')
})

test('screens at 760, 1024 and 1440 px, light and dark', async ({ page }) => {
  test.setTimeout(240_000)
  await page.goto(server.url)
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 })
  const shoot = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const [width, height] of WIDTHS.slice(0, 3)) {
        await page.setViewportSize({ width, height })
        await screen(page, `layout-${name}-${width}-${scheme}`)
      }
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width: 1440, height: 900 })
  }
  await page.getByRole('tree').getByRole('treeitem').first().click()
  await shoot('outline')
  await page.getByRole('tab', { name: /^Weak spots/ }).click()
  await shoot('weak-spots')
  await page.getByRole('tab', { name: 'Columns' }).click()
  await expect(page.locator('.columns-view')).toBeVisible()
  await shoot('columns')
  await page.getByRole('tab', { name: 'Map', exact: true }).click()
  await expect(page.locator('.map-main.view-map svg').first()).toBeVisible()
  await shoot('map')
  await page.getByRole('tab', { name: 'Outline' }).click()
  await page.getByRole('button', { name: /^Sources & cards/ }).click()
  await expect(page.getByRole('complementary', { name: 'Sources' })).toBeVisible()
  await shoot('reader')
})
