import { expect, test, type Page } from '@playwright/test'
import { startWebMode, tempDataDir } from '../support/web-mode'

/** Selects `words` inside the card's text, as a mouse would before Underline or Highlight. */
async function selectInCard(page: Page, words: string) {
  await page.getByRole('article', { name: /Card/ }).locator('.card-text').evaluate((el, wanted) => {
    const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text
    const start = (el.textContent ?? '').indexOf(wanted)
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + wanted.length)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  }, words)
}

async function openConstitution(page: Page) {
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /California Constitution/ }).click()
}

test('a card’s tag is kept when Underline is clicked straight after typing it, and Enter saves a tag', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await openConstitution(page)
  const unit = page.getByRole('region', { name: 'Art. III, § 1', exact: true })
  await unit.locator('p').evaluate((el) => {
    const node = el.firstChild as Text
    const text = node.textContent ?? ''
    const range = document.createRange()
    range.setStart(node, 0)
    range.setEnd(node, text.indexOf('United States of America,') + 'United States of America,'.length)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  })
  await page.getByRole('button', { name: 'Cut card' }).click()
  const card = page.getByRole('article', { name: /Card/ })
  await expect(card.locator('.card-text')).toContainText('inseparable part')

  // Type a tag, then (focus still in the tag) select words and click Underline.
  await card.getByLabel('Card tag').fill('California cannot leave')
  await selectInCard(page, 'an inseparable part')
  await card.getByRole('button', { name: 'Underline' }).click()
  await expect(card.locator('.card-text u')).toHaveText('an inseparable part')
  await selectInCard(page, 'California')
  await card.getByRole('button', { name: 'Highlight' }).click()
  await expect(card.locator('.card-text mark')).toHaveText('California')
  await page.reload()
  await openConstitution(page)
  const again = page.getByRole('article', { name: /Card/ })
  await expect(again.getByLabel('Card tag')).toHaveValue('California cannot leave')
  await expect(again.locator('.card-text u')).toHaveText('an inseparable part')
  await expect(again.locator('.card-text mark')).toHaveText('California')

  // Enter alone saves the tag.
  await again.getByLabel('Card tag').fill('The state is inseparable')
  await again.getByLabel('Card tag').press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Saved the tag' })).toBeAttached()
  await page.reload()
  await openConstitution(page)
  await expect(page.getByRole('article', { name: /Card/ }).getByLabel('Card tag')).toHaveValue('The state is inseparable')
  await server.stop()
})
