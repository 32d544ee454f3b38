import { expect, test } from '@playwright/test'
import { screen, screensAllSizes } from '../support/screens'
import {
  addContention,
  claimRow,
  createMotion,
  deleteLeafClaim,
  motionNav,
  renameClaim,
  renameMotion,
  respond,
  showColumns,
  watchConsole
} from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const MOTION = 'This House believes California should secede from the United States'

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
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(motionNav(page)).toContainText('No motions yet')

  await createMotion(page, MOTION, 'British Parliamentary')
  await expect(page.getByText('British Parliamentary · Gov / Opp')).toBeVisible()
  await addContention(page, 'Gov', 'California has the economy of a country')
  await addContention(page, 'Opp', 'The Constitution offers no exit')
  await addContention(page, 'Opp', 'A claim to delete')
  await respond(page, 'The Constitution offers no exit', 'Attacks', 'An amendment could create one')
  await renameClaim(page, 'California has the economy of a country', 'California could stand alone economically')
  await deleteLeafClaim(page, 'A claim to delete')
  await renameMotion(page, `${MOTION}.`)
  await expect(motionNav(page)).toContainText('1 Gov · 1 Opp')
  await screensAllSizes(page, 'motion-view')

  await createMotion(page, 'A motion to delete')

  // Close the app and start it again on the same data folder.
  expect(await server.stop()).toBe(0)
  server = await startWebMode(dataDir)
  await page.goto(server.url)
  await expect(motionNav(page).getByRole('button')).toHaveCount(2)
  await motionNav(page).getByRole('button', { name: new RegExp(`^${MOTION}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${MOTION}.` })).toBeVisible()
  await showColumns(page)
  await expect(claimRow(page, 'California could stand alone economically')).toBeVisible()
  await expect(claimRow(page, 'The Constitution offers no exit')).toBeVisible()
  await expect(page.locator('.responses .claim-title', { hasText: 'An amendment could create one' })).toBeVisible()
  await expect(page.locator('.claim-title', { hasText: 'A claim to delete' })).toHaveCount(0)

  // Deleting a claim with responses asks first.
  await claimRow(page, 'The Constitution offers no exit').getByRole('button', { name: /^Delete/ }).click()
  await expect(page.getByRole('alertdialog')).toContainText('and the 1 response beneath it?')
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click()
  await expect(claimRow(page, 'The Constitution offers no exit')).toBeVisible()

  await motionNav(page).getByRole('button', { name: /A motion to delete/ }).click()
  await page.getByRole('button', { name: 'Delete motion' }).click()
  await screen(page, 'delete-motion-confirm')
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete motion' }).click()
  await expect(motionNav(page).getByRole('button')).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1, name: `${MOTION}.` })).toBeVisible()

  expect(consoleErrors).toEqual([])
  await server.stop()
})

test('a damaged library file is moved aside, the backup restored, and the user told where', async ({ page }) => {
  const dataDir = tempDataDir()
  let server = await startWebMode(dataDir)
  await page.goto(server.url)
  await createMotion(page, 'Kept safe in a backup')
  await server.stop()

  // The next start backs up the good file; then the file is damaged by hand.
  server = await startWebMode(dataDir)
  await server.stop()
  const { writeFileSync } = await import('node:fs')
  writeFileSync(`${dataDir}/casebook.json`, '{ "schemaVersion": 1, "motions": [ oops')

  server = await startWebMode(dataDir)
  await page.goto(server.url)
  const notice = page.getByRole('status', { name: 'About your library' })
  await expect(notice).toContainText('could not be opened because it is not valid JSON')
  await expect(notice).toContainText(`${dataDir}/casebook.damaged-`)
  await expect(motionNav(page)).toContainText('Kept safe in a backup')
  await screensAllSizes(page, 'restored-notice')
  await server.stop()
})

test('a second web mode on the same data folder is refused with a clear message', async () => {
  const dataDir = tempDataDir()
  const first = await startWebMode(dataDir)
  await expect(startWebMode(dataDir)).rejects.toThrow(/is in use by Casebook's web mode/)
  await first.stop()
})

test('the printed address lets one browser in, once; another that has it, or only the port, gets nothing', async ({ page, browser }) => {
  const server = await startWebMode(tempDataDir())
  const origin = new URL(server.url).origin
  await page.goto(server.url)
  // The key has left the address bar, and the app works through the session cookie.
  expect(page.url()).toBe(`${origin}/`)
  await createMotion(page, 'Only for the browser that opened the address')
  const [session] = await page.context().cookies()
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' })

  const other = await browser.newContext()
  try {
    const intruder = await other.newPage()
    for (const address of [server.url, `${origin}/`]) {
      const response = await intruder.goto(address)
      expect(response?.status(), address).toBe(403)
      await expect(intruder.locator('body')).toContainText('Open the address it printed')
    }
    const call = await intruder.request.post(`${origin}/api/invoke`, { data: { name: 'motion.list', input: {} } })
    expect(call.status()).toBe(403)
  } finally {
    await other.close()
  }
  // The first browser carries on, reload included.
  await page.reload()
  await expect(motionNav(page)).toContainText('Only for the browser that opened the address')
  await server.stop()
})
