import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { screen } from '../support/screens'
import { addContention, createMotion, motionNav, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

/** The restore screen's accessibility problems (axe-core, WCAG A and AA), one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.backups-view').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test('restore an earlier backup from the restore screen, by keyboard, and undo it', async ({ page }) => {
  const dataDir = tempDataDir()
  // Every start backs up the library: the second start keeps a backup holding the morning's motion.
  const first = await startWebMode(dataDir)
  await page.goto(first.url)
  await createMotion(page, 'Morning motion')
  await first.stop()

  const server = await startWebMode(dataDir)
  const errors = watchConsole(page)
  await page.goto(server.url)
  await createMotion(page, 'Afternoon motion')
  await addContention(page, 'Pro', 'An afternoon point')

  // Help > Restore from Backup loads the page at #restore.
  await page.goto(`${server.url}#restore`)
  await expect(page.getByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeVisible()
  const table = page.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(3) // the header, the backup of each start
  await expect(table.getByRole('row').nth(1)).toContainText('1 motion, 0 claims, 0 cards')
  await expect(table.getByRole('row').nth(2)).toContainText('0 motions, 0 claims, 0 cards')
  expect(await axeProblems(page)).toEqual([])
  for (const width of [1280, 760]) {
    await page.setViewportSize({ width, height: 800 })
    await screen(page, `restore-from-backup-${width}`)
  }
  await page.setViewportSize({ width: 1280, height: 800 })

  // By keyboard: focus the newest backup's button, open the confirmation, confirm.
  const restore = table.getByRole('row').nth(1).getByRole('button', { name: /^Restore the backup from / })
  await restore.focus()
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('alertdialog', { name: 'Restore this backup?' })
  await expect(confirm).toContainText('Your library as it is now is saved as a backup first.')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  expect(await axeProblems(page)).toEqual([])
  await page.keyboard.press('Shift+Tab')
  await expect(confirm.getByRole('button', { name: 'Restore' })).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup from' })).toContainText('1 motion, 0 claims, 0 cards')
  await expect(motionNav(page).getByRole('button')).toHaveCount(1)
  await expect(motionNav(page)).toContainText('Morning motion')
  // The library as it was is the newest backup now.
  const before = table.getByRole('row').nth(1)
  await expect(before).toContainText('(before the restore)')
  await expect(before).toContainText('2 motions, 1 claim, 0 cards')
  await screen(page, 'restore-from-backup-done')

  // On disk too: a reload shows the restored library.
  await page.reload()
  await expect(motionNav(page).getByRole('button')).toHaveCount(1)
  await expect(motionNav(page)).toContainText('Morning motion')

  // And undone the same way, from the sidebar.
  await page.getByRole('button', { name: 'Restore from a backup…' }).click()
  await table.getByRole('row').nth(1).getByRole('button', { name: /^Restore the backup from / }).click()
  await page.getByRole('alertdialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click()
  await expect(motionNav(page).getByRole('button')).toHaveCount(2)
  await motionNav(page).getByRole('button', { name: /Afternoon motion/ }).click()
  await expect(page.getByText('An afternoon point')).toBeVisible()
  expect(errors).toEqual([])
  await server.stop()
})
