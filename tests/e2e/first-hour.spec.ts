/**
 * A new user's first hour, the small surprises of issue 15 item 12: Show in source brings the
 * card's words into view and the focus there, a card opened from search leaves the app's shell
 * where it was, the link-to-claim dialog starts afresh and names each claim's motion, Enter
 * starts a new motion's first contention, and a long tag is refused with a count instead of cut.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { cutCard, openClause, selectPassage } from '../support/reader'
import { screen } from '../support/screens'
import { createMotion, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

/** Whether the element is inside the visible part of every box that scrolls it (the reader's and the pane's). */
async function inSight(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect()
    for (let box2: Element | null = el.parentElement; box2; box2 = box2.parentElement) {
      const style = getComputedStyle(box2)
      if (!/(auto|scroll)/.test(style.overflowY)) continue
      const frame = box2.getBoundingClientRect()
      if (box.top < frame.top - 1 || box.bottom > frame.bottom + 1) return false
    }
    return box.top >= 0 && box.bottom <= window.innerHeight
  })
}

/** Saves the screen at 760, 1024 and 1440 px, light and dark, for a person to look at. */
async function screensAt(page: Page, name: string, show?: Locator): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const width of [760, 1024, 1440]) {
      await page.setViewportSize({ width, height: 800 })
      await show?.scrollIntoViewIfNeeded()
      await screen(page, `${name}-${width}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })
}

const PERPETUAL = 'the Union of these States is perpetual.'
const UNIT = 'Art. IV, § 3, cl. 1'
const NEW_STATES = 'New States may be admitted by the Congress into this Union'

test('Show in source brings the card’s words into the middle of the reader and the focus onto them, in the Constitution and an imported document', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Constitution of the United States' })).toBeVisible()

  // A card cut from far down the Constitution (Art. IV, § 3, cl. 1).
  const contents = await openClause(page)
  await selectPassage(page, UNIT, NEW_STATES)
  const card = await cutCard(page)
  // The reader is read on elsewhere: back to the Preamble, the reader's box at its top.
  await contents.getByRole('link', { name: 'Preamble' }).click()
  const words = page.getByRole('region', { name: UNIT, exact: true }).locator('mark.cut-from')
  await expect(words).toHaveCount(0)

  await card.getByRole('button', { name: 'Show in source' }).click()
  await expect(words).toHaveText(NEW_STATES)
  await expect.poll(() => inSight(words)).toBe(true)
  // The keyboard lands on the clause, which says where it is.
  await expect(page.getByRole('region', { name: UNIT, exact: true })).toBeFocused()
  // Centred in the reader's box, not just touching an edge.
  const [mark, reader] = [await words.boundingBox(), await page.getByRole('region', { name: /^Text of / }).boundingBox()]
  expect(Math.abs(mark!.y + mark!.height / 2 - (reader!.y + reader!.height / 2))).toBeLessThan(reader!.height / 4)
  await screensAt(page, 'first-hour-show-in-source')

  // Asked again after reading elsewhere, it shows the words again.
  await contents.getByRole('link', { name: 'Preamble' }).click()
  await expect.poll(() => inSight(words)).toBe(false)
  await card.getByRole('button', { name: 'Show in source' }).click()
  await expect.poll(() => inSight(words)).toBe(true)

  // An imported document: the same.
  await page.getByLabel('Document to import').setInputFiles('tests/fixtures/documents/inaugural.md')
  await expect(page.getByRole('region', { name: /^Text of / })).toBeVisible({ timeout: 30_000 })
  await selectPassage(page, '¶ 2', PERPETUAL)
  const docCard = await cutCard(page)
  await page.getByRole('navigation', { name: /^Contents of / }).getByRole('link').first().click()
  await page.getByRole('region', { name: /^Text of / }).evaluate((body) => (body.scrollTop = 0))
  await docCard.getByRole('button', { name: 'Show in source' }).click()
  const docWords = page.getByRole('region', { name: '¶ 2', exact: true }).locator('mark.cut-from')
  await expect(docWords).toHaveText(PERPETUAL)
  await expect.poll(() => inSight(docWords)).toBe(true)
  await expect(page.getByRole('region', { name: '¶ 2', exact: true })).toBeFocused()
  expect(errors).toEqual([])
  await server.stop()
})

test('a card opened from search scrolls only the pane it is in: the shell and its header stay put', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await openClause(page)
  await selectPassage(page, UNIT, NEW_STATES)
  const card = await cutCard(page)
  await card.getByLabel('Card tag').fill('Congress admits new states')
  await card.getByLabel('Card tag').press('Enter')
  await createMotion(page, 'This House would let a state leave')

  for (const width of [760, 1440]) {
    // Back to the motion (from the sidebar, open at this width), its outline focused.
    await page.setViewportSize({ width: 1440, height: 700 })
    await page.getByRole('navigation', { name: 'Motions' }).getByRole('button').first().click()
    await page.setViewportSize({ width, height: 700 })
    await page.getByRole('tree').focus()
    const shell = page.locator('.sidebar')
    const before = await shell.boundingBox()
    await page.keyboard.press('Control+k')
    const search = page.getByRole('dialog', { name: 'Search everything' })
    await search.getByRole('combobox').fill('congress admits new')
    await expect(search.getByRole('option').filter({ hasText: 'Congress admits new states' })).toBeVisible()
    await search.getByRole('option').filter({ hasText: 'Congress admits new states' }).click()
    const found = page.getByRole('article', { name: 'Card: Congress admits new states' })
    await expect(found).toHaveClass(/focused/)
    await expect.poll(() => inSight(found)).toBe(true)
    expect(await shell.boundingBox(), `the shell at ${width} px`).toEqual(before)
    expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, document.body.scrollTop, document.getElementById('root')!.scrollTop, document.querySelector('.app')!.scrollTop])).toEqual([0, 0, 0, 0])
    await expect(found).toBeFocused()
  }
  await server.stop()
})

test('Link to a claim starts from an empty query each time and says each claim’s motion and side', async ({ page }) => {
  test.setTimeout(120_000)
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  // Two motions with claims about the Union: a Lincoln-Douglas one (Aff/Neg) and a Public Forum one (Pro/Con).
  await createMotion(page, 'Resolved: a state may secede', 'Lincoln-Douglas')
  await page.getByRole('tree').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Consent of the governed')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The Union is older than the states')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Escape')
  await createMotion(page, 'Resolved: the Union is perpetual', 'Public Forum')
  await page.getByRole('tree').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('The Union is perpetual by design')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await openClause(page)
  await selectPassage(page, UNIT, NEW_STATES)
  const card = await cutCard(page)

  await card.getByRole('button', { name: 'Link to a claim…' }).click()
  const find = card.getByLabel('Find a claim to link this card to')
  await find.fill('union')
  const older = card.getByRole('button', { name: /^The Union is older than the states/ })
  const perpetual = card.getByRole('button', { name: /^The Union is perpetual by design/ })
  await expect(older).toContainText('Neg: attacks “Consent of the governed”, in “Resolved: a state may secede”')
  await expect(perpetual).toContainText('Pro contention, in “Resolved: the Union is perpetual”')
  await screensAt(page, 'first-hour-link-to-claim', card)
  await perpetual.click()
  await expect(page.getByRole('region', { name: 'Used by' })).toContainText('The Union is perpetual by design')

  // Opened again, the finder is empty: no old query, no old results.
  await card.getByRole('button', { name: 'Link to a claim…' }).click()
  await expect(find).toHaveValue('')
  await expect(find).toBeFocused()
  await expect(card.locator('.link-to-claim').getByRole('button')).toHaveCount(0)
  await server.stop()
})

test('a new motion takes Enter at once: the first contention starts without tabbing into the outline', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await createMotion(page, 'This House would abolish the Electoral College', 'Public Forum')
  await expect(page.getByText('No claims yet. Press Enter in the outline')).toBeVisible()
  await expect(page.getByRole('tree')).toBeFocused()
  await screen(page, 'first-hour-new-motion-1280-light')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Every vote should count the same')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('tree').getByRole('treeitem', { name: /Every vote should count the same/ })).toBeVisible()
  await server.stop()
})

test('a tag past its limit is never cut: the field counts down near 300, and past it refuses to save, keeping every word', async ({ page }) => {
  test.setTimeout(120_000)
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  const long = `${'The Union is older than the Constitution and the states within it '.repeat(5)}indeed`.trim()
  expect(long.length).toBeGreaterThan(300)
  // In the outline: Enter keeps the row open with the whole text, and says by how much it is over.
  await createMotion(page, 'This House would let a state leave')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(long)
  const draft = page.getByRole('tree').getByRole('textbox')
  await expect(page.getByRole('status').filter({ hasText: `${long.length - 300} characters over the limit of 300` })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(draft).toHaveValue(long)
  // Clicking away keeps it too: nothing is sent that would be refused, and no word is lost.
  await page.getByRole('heading', { level: 1 }).click()
  await expect(draft).toHaveValue(long)
  await expect(page.locator('.toasts')).toBeEmpty()
  await draft.fill(long.slice(0, 290))
  await expect(page.getByRole('status').filter({ hasText: '10 characters left of 300' })).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('tree').getByRole('treeitem', { name: /The Union is older/ })).toHaveCount(1)

  // On a card: the same.
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await openClause(page)
  await selectPassage(page, UNIT, NEW_STATES)
  const card = await cutCard(page)
  const tag = card.getByLabel('Card tag')
  await tag.fill(long)
  await tag.press('Enter')
  await expect(card.getByRole('status').filter({ hasText: 'over the limit of 300: shorten it to save' })).toBeVisible()
  await expect(tag).toHaveValue(long)
  await expect(tag).toHaveAttribute('aria-invalid', 'true')
  await screensAt(page, 'first-hour-tag-over', card)
  await page.reload()
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await expect(page.getByRole('article', { name: /Card/ }).getByLabel('Card tag')).toHaveValue('')
  await server.stop()
})
