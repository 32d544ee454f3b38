import { expect, test, type Page } from '@playwright/test'
import { addContention, createMotion, motionNav, renameMotion, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

/** Marks the page, so a reload (which would lose the mark) can be told from a live update. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { casebookMark: number }).casebookMark = 1))
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { casebookMark?: number }).casebookMark === 1)

test('a second tab sees edits made in the first as they are saved, without reloading', async ({ page: first, context }) => {
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(first)
  await first.goto(server.url)
  await createMotion(first, 'Schools should ban phones')

  // The same browser (one session cookie), a second tab on the library's address.
  const second = await context.newPage()
  const secondErrors = watchConsole(second)
  const changes: string[] = []
  second.on('response', (response) => {
    if (response.url().endsWith('/api/events')) changes.push(response.url())
  })
  await second.goto(new URL('/', server.url).href)
  const motion = motionNav(second).getByRole('button', { name: /^Schools should ban phones/ })
  await expect(motion).toContainText('0 Pro · 0 Con')
  await mark(second)

  // A contention added in the first tab: the second tab's count follows.
  await addContention(first, 'Pro', 'Phones distract from lessons')
  await expect(motion).toContainText('1 Pro · 0 Con')

  // A rename in the first tab: the second tab's list shows the new title.
  await renameMotion(first, 'Schools should ban smartphones')
  await expect(motionNav(second).getByRole('button', { name: /^Schools should ban smartphones/ })).toBeVisible()

  // A source made in the first tab is in the second tab's sources, opened after it was made.
  await second.getByRole('button', { name: /^Sources & cards/ }).click()
  await first.getByRole('button', { name: /^Sources & cards/ }).click()
  await first.getByRole('button', { name: 'New source' }).click()
  await first.getByLabel('Title', { exact: true }).fill('Phones in classrooms survey')
  await first.getByRole('button', { name: /^(Save|Add) source/ }).click()
  await expect(second.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /^Phones in classrooms survey/ })).toBeVisible()

  expect(await stillMarked(second)).toBe(true)
  // One event stream for the tab's whole life: the updates came over it, not by asking again.
  expect(changes).toHaveLength(1)
  expect([...errors, ...secondErrors]).toEqual([])
  await server.stop()
})
