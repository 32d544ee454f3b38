/**
 * The reader, as a user works it in the end-to-end tests: open a clause of the Constitution from
 * the contents, select a passage with the mouse, cut it as a card.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** Opens Art. IV, § 3, cl. 1 (or any article, section and clause) from the Constitution's contents. */
export async function openClause(page: Page, article = 'Art. IV', section = '§ 3', clause = 'cl. 1'): Promise<Locator> {
  const contents = page.getByRole('navigation', { name: 'Contents of Constitution of the United States' })
  await contents.getByText(article, { exact: true }).click()
  await contents.getByRole('group', { name: article }).getByText(section, { exact: true }).click()
  await contents.getByRole('group', { name: article }).getByRole('group', { name: section }).getByRole('link', { name: clause }).click()
  return contents
}

/** Selects `passage` in a unit's text the way a reader's mouse does, whatever marks split the text. */
export async function selectPassage(page: Page, unitLabel: string, passage: string): Promise<void> {
  const paragraph = page.getByRole('region', { name: unitLabel, exact: true }).locator('p')
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.evaluate((p, words) => {
    const at = (p.textContent ?? '').indexOf(words)
    if (at < 0) throw new Error(`“${words}” is not in the text`)
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    let seen = 0
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const length = node.data.length
      if (seen <= at && at < seen + length) range.setStart(node, at - seen)
      if (seen < at + words.length && at + words.length <= seen + length) range.setEnd(node, at + words.length - seen)
      seen += length
    }
    const selection = document.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  }, passage)
}

/**
 * Cuts the selected words and answers the new card, which has the focus. `selected`: what the
 * toolbar must say is selected first.
 */
export async function cutCard(page: Page, selected?: { chars: number; unitLabel: string }): Promise<Locator> {
  const bar = page.getByRole('toolbar', { name: 'Cut a card' })
  if (selected) await expect(bar).toContainText(`${selected.chars} characters selected in ${selected.unitLabel}`)
  await bar.getByRole('button', { name: 'Cut card' }).click()
  const focused = page.locator('article.card:focus')
  await expect(focused).toBeFocused()
  // Held by its id from here: the focus moves on as the card is used.
  return page.locator(`#${await focused.getAttribute('id')}`)
}
