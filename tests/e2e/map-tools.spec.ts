import { expect, test, type Page } from '@playwright/test'
import { screen, screensAllSizes } from '../support/screens'
import { createMotion, motionNav, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const tree = (page: Page) => page.getByRole('tree')
const row = (page: Page, title: string) => tree(page).getByRole('treeitem', { name: new RegExp(`^[^:]+: ${title}`) })

/** Builds: Economy (← Debt ← Growth), Union (← Consent), by keyboard. */
async function buildCase(page: Page) {
  await tree(page).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Economy of a country')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Federal debt')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Growth outpaces debt')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Escape')
  await row(page, 'Economy of a country').click()
  await page.keyboard.press('Enter')
  await page.keyboard.type('The Union is perpetual')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(row(page, 'Growth outpaces debt')).toHaveAttribute('aria-level', '3')
}

test('context menu, find, focus, collapse and weak spots', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)
  await createMotion(page, 'Resolved: California would be better off as an independent country', 'Public Forum')
  await buildCase(page)

  // The context menu lists the actions with their keys, and runs them.
  await row(page, 'The Union is perpetual').click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Actions for “The Union is perpetual”' })
  await expect(menu.getByRole('menuitem', { name: /Move up/ })).toContainText('Alt+↑')
  await expect(menu.getByRole('menuitem', { name: /Outdent/ })).toHaveAttribute('aria-disabled', 'true')
  await screen(page, 'outline-context-menu')
  await menu.getByRole('menuitem', { name: /Flip supports/ }).click()
  await expect(row(page, 'The Union is perpetual')).toContainText(/con/i)
  // From the keyboard: Shift+F10 opens it, arrows and Enter run an item.
  await page.keyboard.press('Shift+F10')
  await expect(page.getByRole('menu')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)

  // Find filters to matches and keeps their ancestors; Enter steps through the matches.
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('searchbox', { name: 'Find in this motion' })).toBeFocused()
  await page.keyboard.type('debt')
  await expect(tree(page).getByRole('treeitem')).toHaveCount(3)
  await expect(row(page, 'The Union is perpetual')).toHaveCount(0)
  await expect(page.getByText('– of 2')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByText('1 of 2')).toBeVisible()
  await expect(row(page, 'Federal debt')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(row(page, 'Growth outpaces debt')).toHaveAttribute('aria-selected', 'true')
  await screensAllSizes(page, 'outline-find')
  await page.keyboard.press('Escape')
  await expect(tree(page).getByRole('treeitem')).toHaveCount(4)

  // Focus on one claim as the root; Escape shows the whole motion again.
  await row(page, 'Federal debt').click()
  await page.keyboard.press('f')
  await expect(page.getByRole('status').filter({ hasText: 'Focused on Federal debt' })).toBeVisible()
  await expect(tree(page).getByRole('treeitem')).toHaveCount(2)
  await page.keyboard.press('Escape')
  await expect(tree(page).getByRole('treeitem')).toHaveCount(4)

  // Collapse with Space; the hidden count shows.
  await row(page, 'Economy of a country').click()
  await page.keyboard.press(' ')
  await expect(row(page, 'Economy of a country')).toContainText('+1')
  await expect(tree(page).getByRole('treeitem')).toHaveCount(2)
  await page.keyboard.press(' ')

  // Rate a claim weak in the panel; the weak-spots list names it, and a click selects it.
  await row(page, 'Growth outpaces debt').click()
  await page.getByLabel('Strength').selectOption('1')
  await page.getByRole('tab', { name: /Weak spots/ }).click()
  const marked = page.getByRole('region', { name: 'Marked weak' })
  await expect(marked.getByRole('button')).toHaveText(['Growth outpaces debt'])
  await row(page, 'Economy of a country').click()
  await page.getByRole('tab', { name: /Weak spots/ }).click()
  await marked.getByRole('button', { name: 'Growth outpaces debt' }).click()
  await expect(row(page, 'Growth outpaces debt')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByLabel('Claims per side')).toContainText('weak')
  await screensAllSizes(page, 'weak-spots')

  // Typing through the panel: a save of one field never wipes the next one or takes its focus.
  await page.getByRole('tab', { name: 'Claim' }).click()
  await page.getByLabel('Warrant').fill('Growth has outrun borrowing for a decade')
  await page.keyboard.press('Tab')
  await page.keyboard.type('economy, debt')
  await page.waitForTimeout(300)
  await expect(page.getByLabel('Tags')).toBeFocused()
  await expect(page.getByLabel('Tags')).toHaveValue('economy, debt')

  // Undo survives leaving the motion and coming back.
  await row(page, 'Federal debt').click()
  await page.keyboard.press('Delete')
  await expect(row(page, 'Federal debt')).toHaveCount(0)
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await motionNav(page).getByRole('button').first().click()
  await expect(row(page, 'Economy of a country')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(row(page, 'Federal debt')).toBeVisible()
  await expect(row(page, 'Growth outpaces debt')).toBeVisible()

  expect(errors).toEqual([])
  await server.stop()
})

test('motion details, duplicate and archive', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await createMotion(page, 'This House believes California should secede from the United States')
  await tree(page).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('California could stand alone')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Details' }).click()
  const details = page.getByRole('form', { name: 'Motion details' })
  await details.getByLabel('Format').selectOption({ label: 'World Schools' })
  await expect(details.getByLabel('Side for the motion')).toHaveValue('Prop')
  await details.getByLabel('Description').fill('From the starter pack brief.')
  await screen(page, 'motion-details')
  await details.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByText('World Schools · Prop / Opp')).toBeVisible()
  await expect(page.getByText('From the starter pack brief.')).toBeVisible()

  await page.getByRole('button', { name: 'Duplicate' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This House believes California should secede from the United States (copy)')
  await expect(row(page, 'California could stand alone')).toBeVisible()
  await expect(motionNav(page).getByRole('button')).toHaveCount(2)

  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(motionNav(page).getByRole('button')).toHaveCount(1)
  await page.getByLabel('Show archived motions').check()
  await expect(motionNav(page).getByRole('button')).toHaveCount(2)
  await expect(motionNav(page)).toContainText('(archived)')
  await server.stop()
})
