import { expect, test, type Page } from '@playwright/test'
import { screen, screensAllSizes } from '../support/screens'
import { startWebMode, tempDataDir } from '../support/web-mode'

const MOTION = 'This House believes California should secede from the United States'

/** Fails the test on any console error, such as a Content-Security-Policy violation. */
function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

async function addContention(page: Page, side: 'Pro' | 'Con', title: string): Promise<void> {
  const field = page.getByLabel(`New ${side} contention`)
  await field.fill(title)
  await field.press('Enter')
  await expect(page.locator('.claim-title', { hasText: title })).toBeVisible()
}

function claimRow(page: Page, title: string) {
  return page.locator('.claim-line', { has: page.locator('.claim-title', { hasText: title }) })
}

test('a debater builds a case, restarts, and finds it as they left it', async ({ page }) => {
  const dataDir = tempDataDir()
  let server = await startWebMode(dataDir)
  const consoleErrors = watchConsole(page)

  await page.goto(server.url)
  await expect(page.getByRole('heading', { name: 'Build your first case' })).toBeVisible()
  await screensAllSizes(page, 'empty-library')

  // An empty title is refused with a message, and nothing is created.
  await page.getByRole('main').getByRole('button', { name: 'New motion' }).click()
  await page.getByRole('button', { name: 'Create motion' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Motion title must not be empty' })).toBeVisible()
  await screensAllSizes(page, 'new-motion-error')

  await page.getByLabel('Motion', { exact: true }).fill(MOTION)
  await page.getByLabel('Format').selectOption({ label: 'British Parliamentary' })
  await page.getByRole('button', { name: 'Create motion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: MOTION })).toBeVisible()
  await expect(page.getByText('British Parliamentary · Gov / Opp')).toBeVisible()

  await addContention(page, 'Gov', 'California has the economy of a country')
  await addContention(page, 'Opp', 'The Constitution offers no exit')
  await addContention(page, 'Opp', 'A claim to delete')

  // A response beneath the Opp contention.
  await claimRow(page, 'The Constitution offers no exit').getByRole('button', { name: /^Respond/ }).click()
  await page.getByLabel('Stance of the response').selectOption('con')
  const responseField = page.getByLabel('Response to “The Constitution offers no exit”')
  await responseField.fill('An amendment could create one')
  await responseField.press('Enter')
  const response = page.locator('.responses .claim', { hasText: 'An amendment could create one' })
  await expect(response).toBeVisible()
  await expect(response.locator('.badge').first()).toHaveText('Attacks')

  // Rename a claim; delete another.
  await claimRow(page, 'California has the economy of a country').getByRole('button', { name: /^Rename/ }).click()
  const renameField = page.getByLabel('New tag for “California has the economy of a country”')
  await renameField.fill('California could stand alone economically')
  await renameField.press('Enter')
  await expect(claimRow(page, 'California could stand alone economically')).toBeVisible()
  await claimRow(page, 'A claim to delete').getByRole('button', { name: /^Delete/ }).click()
  await expect(page.locator('.claim-title', { hasText: 'A claim to delete' })).toHaveCount(0)

  // Rename the motion.
  await page.getByRole('button', { name: 'Rename', exact: true }).click()
  await page.getByLabel('Motion title').fill(`${MOTION}.`)
  await page.getByLabel('Motion title').press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `${MOTION}.` })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Motions' })).toContainText('1 Gov · 1 Opp')
  await screensAllSizes(page, 'motion-view')

  // A second motion, to delete after the restart.
  await page.getByRole('complementary').getByRole('button', { name: 'New motion' }).click()
  await page.getByLabel('Motion', { exact: true }).fill('A motion to delete')
  await page.getByLabel('Motion', { exact: true }).press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'A motion to delete' })).toBeVisible()

  // Close the app and start it again on the same data folder.
  expect(await server.stop()).toBe(0)
  server = await startWebMode(dataDir)
  await page.goto(server.url)
  const nav = page.getByRole('navigation', { name: 'Motions' })
  await expect(nav.getByRole('button')).toHaveCount(2)
  await nav.getByRole('button', { name: new RegExp(`^${MOTION}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${MOTION}.` })).toBeVisible()
  await expect(claimRow(page, 'California could stand alone economically')).toBeVisible()
  await expect(claimRow(page, 'The Constitution offers no exit')).toBeVisible()
  await expect(page.locator('.responses .claim-title', { hasText: 'An amendment could create one' })).toBeVisible()
  await expect(page.locator('.claim-title', { hasText: 'A claim to delete' })).toHaveCount(0)

  // Delete the second motion, with its confirmation.
  await nav.getByRole('button', { name: /A motion to delete/ }).click()
  await page.getByRole('button', { name: 'Delete motion' }).click()
  await screen(page, 'delete-motion-confirm')
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete motion' }).click()
  await expect(nav.getByRole('button')).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1, name: `${MOTION}.` })).toBeVisible()

  expect(consoleErrors).toEqual([])
  await server.stop()
})

test('a second web mode on the same data folder is refused with a clear message', async () => {
  const dataDir = tempDataDir()
  const first = await startWebMode(dataDir)
  await expect(startWebMode(dataDir)).rejects.toThrow(/is in use by Casebook's web mode/)
  await first.stop()
})
