import { expect, test, type Page } from '@playwright/test'
import { screen } from '../support/screens'
import { watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const WIDTHS = [
  [760, 800],
  [1024, 700],
  [1440, 900]
] as const

async function shoot(page: Page, name: string) {
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height })
    await screen(page, `by-width-${name}-${width}`)
  }
}

// The main screens, each loaded when opened (React.lazy), at the narrow, middle and wide widths.
test('the main screens open, each in full, at 760, 1024 and 1440 px', async ({ page }) => {
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  const errors = watchConsole(page)
  await page.goto(server.url)
  await expect(page.getByRole('tree')).toBeVisible()
  await shoot(page, 'outline')

  await page.getByRole('tree').getByRole('treeitem').first().click()
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading').first()).toBeVisible()
  await shoot(page, 'claim-panel')

  await page.getByRole('tab', { name: 'Columns' }).click()
  await expect(page.locator('.map-main.view-columns')).toBeVisible()
  await shoot(page, 'columns')
  await page.getByRole('tab', { name: 'Map' }).click()
  await expect(page.locator('.map-main.view-map svg').first()).toBeVisible()
  await shoot(page, 'map')
  await page.getByRole('tab', { name: 'Outline' }).click()

  await page.getByRole('button', { name: /^Sources & cards/ }).click()
  await expect(page.getByRole('complementary', { name: 'Sources' })).toBeVisible()
  await shoot(page, 'sources')
  await page.getByRole('button', { name: /^Packs/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Packs' })).toBeVisible()
  await shoot(page, 'packs')
  await page.getByRole('button', { name: /^Practice/ }).click()
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible()
  await shoot(page, 'practice')

  expect(errors).toEqual([])
  await server.stop()
})
