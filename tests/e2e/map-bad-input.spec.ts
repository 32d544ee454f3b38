import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createLibrarySerializer } from '../../electron/main/store/serialize'
import { generateLibrary } from '../support/generate'
import { screen } from '../support/screens'
import { createMotion, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const tree = (page: Page) => page.getByRole('tree')
const row = (page: Page, title: string) => tree(page).getByRole('treeitem', { name: new RegExp(`^[^:]+: ${title}`) })

async function addContentions(page: Page, titles: string[]) {
  await tree(page).focus()
  await page.keyboard.press('Enter')
  for (const title of titles) {
    await page.keyboard.type(title)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Escape')
  for (const title of titles) await expect(row(page, title)).toBeVisible()
}

test('a map of 20,000 claims opens, scrolls and switches views without freezing', async ({ page }) => {
  test.setTimeout(120_000)
  const dataDir = tempDataDir()
  writeFileSync(join(dataDir, 'casebook.json'), createLibrarySerializer()(generateLibrary(20_000)))
  const server = await startWebMode(dataDir)
  await page.goto(server.url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This House would generate a very large case')
  await expect(row(page, 'Claim 0:')).toBeVisible()
  // Virtualised: only a screenful of rows is in the page.
  expect(await tree(page).getByRole('treeitem').count()).toBeLessThan(150)
  await row(page, 'Claim 0:').click()
  await page.keyboard.press('End')
  await expect(tree(page).getByRole('treeitem', { selected: true })).toBeVisible()
  await page.getByRole('tab', { name: 'Columns' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'This map has 20,000 claims' })).toBeVisible()
  await page.getByRole('tab', { name: 'Map' }).click()
  await expect(page.locator('.mapv svg')).toBeVisible()
  await screen(page, 'large-map-map-view')
  // Back in the outline, the selection is still the last claim, scrolled into view.
  await page.getByRole('tab', { name: 'Outline' }).click()
  await expect(tree(page).getByRole('treeitem', { selected: true })).toBeVisible()
  await server.stop()
})

test('a claim deleted elsewhere leaves the open map at once, with no reload; empty tags and cycles are refused', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)
  await createMotion(page, 'Resolved: A U.S. state has a constitutional right to secede', 'Lincoln-Douglas')
  await addContentions(page, ['Consent of the governed', 'Deleted elsewhere'])

  // Another client (here: the API called directly) deletes a claim the page still shows.
  const deleted = await page.evaluate(async () => {
    const call = (name: string, input: unknown) =>
      fetch('/api/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, input }) }).then((r) => r.json())
    const list = await call('motion.list', {})
    const map = await call('motion.get', { motionId: list.data[0].id })
    const target = map.data.claims.find((c: { title: string }) => c.title === 'Deleted elsewhere')
    return call('claim.delete', { claimId: target.id })
  })
  expect(deleted.ok).toBe(true)
  // The library-changed event reaches the open map, which reads itself again: the claim goes
  // before the user can edit it. (An edit that races the event is refused with the map re-read:
  // tests/unit/map/commands/queue.test.ts.)
  await expect(row(page, 'Deleted elsewhere')).toHaveCount(0)
  await expect(row(page, 'Consent of the governed')).toBeVisible()

  // An empty tag keeps the old one.
  await page.keyboard.press('Escape')
  await row(page, 'Consent of the governed').click()
  await page.keyboard.press('F2')
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(row(page, 'Consent of the governed')).toBeVisible()
  await expect(page.getByText('A claim needs a tag; the old one was kept')).toBeAttached()

  // A claim dragged onto its own response stays where it was.
  await row(page, 'Consent of the governed').click()
  await page.keyboard.press('Control+Enter')
  await page.keyboard.type('Consent can be withdrawn')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await row(page, 'Consent of the governed').dragTo(row(page, 'Consent can be withdrawn'))
  await expect(row(page, 'Consent of the governed')).toHaveAttribute('aria-level', '1')
  await expect(row(page, 'Consent can be withdrawn')).toHaveAttribute('aria-level', '2')

  expect(errors).toEqual([])
  await server.stop()
})
