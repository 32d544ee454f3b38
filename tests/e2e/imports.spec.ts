/**
 * A file that takes long to read is read on the parse worker: the page says it is reading,
 * stays usable, and Cancel stops the import with nothing added.
 */
import { expect, test } from '@playwright/test'
import { screensAllSizes } from '../support/screens'
import { startWebMode, tempDataDir } from '../support/web-mode'

test('a slow Argdown file can be cancelled while the app keeps answering', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New motion' }).first().click()
  // @argdown/core takes many seconds over 100 KB of "[".
  await page.getByLabel('Kialo or Argdown file to import').setInputFiles({ name: 'slow.argdown', mimeType: 'text/plain', buffer: Buffer.from('['.repeat(100_000)) })
  const reading = page.getByRole('status').filter({ hasText: 'Reading slow.argdown…' })
  await expect(reading).toBeVisible()

  // The server answers meanwhile: a motion made by hand is saved and opened.
  await page.getByLabel('Motion', { exact: true }).fill('This House would read files on a worker')
  await page.getByRole('button', { name: 'Create motion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'This House would read files on a worker' })).toBeVisible()

  await page.getByRole('button', { name: 'New motion' }).first().click()
  await page.getByLabel('Kialo or Argdown file to import').setInputFiles({ name: 'slow.argdown', mimeType: 'text/plain', buffer: Buffer.from('['.repeat(100_000)) })
  await expect(reading).toBeVisible()
  await screensAllSizes(page, 'import-reading', reading)
  await reading.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'slow.argdown' })).toHaveText('slow.argdown: Reading the Argdown file was cancelled')
  await expect(reading).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Motions' }).getByRole('button')).toHaveCount(1)
  await server.stop()
})
