import { expect, type Page } from '@playwright/test'

/** The steps of the first vertical slice, as a user does them; shared by the web-mode and Electron tests. */

export function claimRow(page: Page, title: string) {
  return page.locator('.claim-line', { has: page.locator('.claim-title', { hasText: title }) })
}

export async function createMotion(page: Page, title: string, format?: string): Promise<void> {
  const newButton = page.getByRole('main').getByRole('button', { name: 'New motion' })
  if (await newButton.isVisible()) await newButton.click()
  else await page.getByRole('complementary').getByRole('button', { name: 'New motion' }).click()
  await page.getByLabel('Motion', { exact: true }).fill(title)
  if (format) await page.getByLabel('Format').selectOption({ label: format })
  await page.getByRole('button', { name: 'Create motion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** The columns view, where each side has its own "add contention" field. */
export async function showColumns(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Columns' })
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
}

export async function addContention(page: Page, sideLabel: string, title: string): Promise<void> {
  await showColumns(page)
  const field = page.getByLabel(`New ${sideLabel} contention`)
  await field.fill(title)
  await field.press('Enter')
  await expect(claimRow(page, title)).toBeVisible()
}

export async function respond(page: Page, parent: string, stance: 'Supports' | 'Attacks', title: string): Promise<void> {
  await claimRow(page, parent).getByRole('button', { name: /^Respond/ }).click()
  await page.getByLabel('Stance of the response').selectOption({ label: stance })
  const field = page.getByLabel(`Response to “${parent}”`)
  await field.fill(title)
  await field.press('Enter')
  const response = page.locator('.responses .claim', { hasText: title })
  await expect(response).toBeVisible()
  await expect(response.locator('.badge').first()).toHaveText(stance)
}

export async function renameClaim(page: Page, from: string, to: string): Promise<void> {
  await claimRow(page, from).getByRole('button', { name: /^Rename/ }).click()
  const field = page.getByLabel(`New tag for “${from}”`)
  await field.fill(to)
  await field.press('Enter')
  await expect(claimRow(page, to)).toBeVisible()
}

export async function deleteLeafClaim(page: Page, title: string): Promise<void> {
  await claimRow(page, title).getByRole('button', { name: /^Delete/ }).click()
  await expect(page.locator('.claim-title', { hasText: title })).toHaveCount(0)
}

export async function renameMotion(page: Page, to: string): Promise<void> {
  await page.getByRole('button', { name: 'Rename', exact: true }).click()
  await page.getByLabel('Motion title').fill(to)
  await page.getByLabel('Motion title').press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: to })).toBeVisible()
}

export async function deleteMotion(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Delete motion' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete motion' }).click()
}

export function motionNav(page: Page) {
  return page.getByRole('navigation', { name: 'Motions' })
}

/** Fails a test on any console error, such as a Content-Security-Policy violation. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    // The library-changed event stream reconnects by itself while the server restarts; the browser logs each try.
    if (msg.type() === 'error' && msg.location().url.endsWith('/api/events')) return
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/** Dismisses every dialog the page opens (alert, confirm) and keeps them, so a test can say none opened. */
export function watchDialogs(page: Page): string[] {
  const opened: string[] = []
  page.on('dialog', (dialog) => {
    opened.push(dialog.message())
    void dialog.dismiss()
  })
  return opened
}
