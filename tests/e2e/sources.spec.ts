import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { screen, screensAllSizes } from '../support/screens'
import { createMotion, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const tree = (page: Page) => page.getByRole('tree')
const row = (page: Page, title: string) => tree(page).getByRole('treeitem', { name: new RegExp(`^[^:]+: ${title}`) })

/** Accessibility problems in part of the page (axe-core, WCAG 2.2 A and AA), one line each. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  return (await seriousViolations(page, { include: selector })).map((v) => `${v.id}: ${v.help} ×${v.count} (${v.where.join('; ')})`)
}

/** Selects the words from the start of a unit's text up to and including `through`. */
async function selectInUnit(page: Page, unitLabel: string, through: string) {
  await page.getByRole('region', { name: unitLabel, exact: true }).locator('p').evaluate((p, until) => {
    const text = p.firstChild as Text
    const range = document.createRange()
    range.setStart(text, 0)
    range.setEnd(text, (text.textContent ?? '').indexOf(until) + until.length)
    const selection = document.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  }, through)
}

/** Selects a unit's text from its start through `through` with the mouse, as a reader does. */
async function dragSelectInUnit(page: Page, unitLabel: string, through: string) {
  const paragraph = page.getByRole('region', { name: unitLabel, exact: true }).locator('p')
  await paragraph.scrollIntoViewIfNeeded()
  const [first, last] = await paragraph.evaluate((p, until) => {
    const text = p.firstChild as Text
    const end = (text.textContent ?? '').indexOf(until) + until.length
    const box = (from: number) => {
      const range = document.createRange()
      range.setStart(text, from)
      range.setEnd(text, from + 1)
      const rect = range.getBoundingClientRect()
      return { left: rect.left, right: rect.right, middle: rect.top + rect.height / 2 }
    }
    return [box(0), box(end - 1)]
  }, through)
  await page.mouse.move(first.left + 1, first.middle)
  await page.mouse.down()
  await page.mouse.move(last.right - 1, last.middle, { steps: 8 })
  await page.mouse.up()
}

const FIRST_SENTENCE =
  'New States may be admitted by the Congress into this Union; but no new State shall be formed or erected within the Jurisdiction of any other State; nor any State be formed by the Junction of two or more States, or Parts of States, without the Consent of the Legislatures of the States concerned as well as of the Congress.'

test('cut a card from Art. IV, § 3, link it to a claim, and see it under the claim', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)
  await createMotion(page, 'Resolved: A U.S. state has a constitutional right to secede', 'Lincoln-Douglas')
  await tree(page).focus()
  await page.keyboard.press('s')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Only Congress decides the shape of the Union')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')

  // The reader: the Constitution, with a table of contents; select the first sentence of Art. IV, § 3, cl. 1.
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Constitution of the United States' })).toBeVisible()
  // The contents go by article, section and clause.
  const contents = page.getByRole('navigation', { name: 'Contents of Constitution of the United States' })
  await contents.getByText('Art. IV', { exact: true }).click()
  const articleFour = contents.getByRole('group', { name: 'Art. IV' })
  await articleFour.getByText('§ 3', { exact: true }).click()
  await articleFour.getByRole('group', { name: '§ 3' }).getByRole('link', { name: 'cl. 1' }).click()
  await expect(page.getByRole('region', { name: 'Art. IV, § 3, cl. 1', exact: true })).toBeInViewport()
  await dragSelectInUnit(page, 'Art. IV, § 3, cl. 1', 'as well as of the Congress.')
  await expect(page.getByRole('toolbar', { name: 'Cut a card' })).toContainText(`${FIRST_SENTENCE.length} characters selected in Art. IV, § 3, cl. 1`)
  await screensAllSizes(page, 'reader', page.getByRole('region', { name: 'Art. IV, § 3, cl. 1', exact: true }))
  // A triple click selects a whole clause; a selection across two clauses cuts nothing.
  const articleOne = page.getByRole('region', { name: 'Art. I, § 1', exact: true })
  await contents.getByText('Art. I', { exact: true }).click()
  await articleOne.locator('p').click({ clickCount: 3 })
  const wholeClause = (await articleOne.locator('p').textContent()) ?? ''
  await expect(page.getByRole('toolbar', { name: 'Cut a card' })).toContainText(`${wholeClause.length} characters selected in Art. I, § 1`)
  await page.evaluate(() => {
    const [first, second] = [...document.querySelectorAll('[data-unit-text]')].slice(1, 3).map((p) => p.firstChild as Text)
    const range = document.createRange()
    range.setStart(first as Text, 0)
    range.setEnd(second as Text, 5)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  })
  await expect(page.getByRole('toolbar', { name: 'Cut a card' })).toContainText('Select words inside one clause')
  await contents.getByText('Art. IV', { exact: true }).click()
  await dragSelectInUnit(page, 'Art. IV, § 3, cl. 1', 'as well as of the Congress.')
  await page.getByRole('button', { name: 'Cut card' }).click()
  const card = page.getByRole('article', { name: /Card/ })
  await expect(card.locator('.card-text')).toHaveText(FIRST_SENTENCE)
  // The cite line a brief prints: the legal pinpoint first, emphasised.
  await expect(card.locator('.card-cite strong')).toHaveText('U.S. Const. art. IV, § 3, cl. 1')
  await expect(card.locator('.card-cite')).toContainText('[Constitution of the United States, U.S. House Manual, 117th Congress, U.S. Government Publishing Office]')
  await card.getByLabel('Card tag').fill('Congress alone admits states')
  await card.getByLabel('Card tag').press('Tab')
  await screensAllSizes(page, 'card', card)

  // Back to the motion: link the card to the claim; it shows under the claim.
  await page.getByRole('navigation', { name: 'Motions' }).getByRole('button').first().click()
  await row(page, 'Only Congress decides').click()
  const evidence = page.getByRole('region', { name: 'Evidence' })
  await evidence.getByLabel('Find a card to link').fill('congress admits')
  await evidence.getByLabel('Card to link', { exact: true }).selectOption({ index: 1 })
  await evidence.getByRole('button', { name: 'Link card' }).click()
  await expect(evidence.locator('.card-text')).toHaveText(FIRST_SENTENCE)
  // The weak-spot marker for "no evidence" is gone for that claim.
  await expect(row(page, 'Only Congress decides')).not.toHaveAccessibleName(/No evidence/)
  await page.keyboard.press('Control+z')
  await expect(evidence.locator('.card-text')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(evidence.locator('.card-text')).toHaveCount(1)
  // Or drag the card onto the claim: undo the link, then drop the card's chip on the row.
  await page.keyboard.press('Control+z')
  await expect(evidence.locator('.card-text')).toHaveCount(0)
  await evidence.getByLabel('Find a card to link').fill('')
  const chip = evidence.getByRole('list', { name: 'Cards to drag onto a claim' }).getByRole('listitem').first()
  await chip.dragTo(row(page, 'Only Congress decides'))
  await expect(evidence.locator('.card-text')).toHaveCount(1)
  await screensAllSizes(page, 'claim-evidence', evidence)

  // One search finds the clause, the card and the claim; Enter opens the claim, selected.
  await page.keyboard.press('Control+k')
  const search = page.getByRole('dialog', { name: 'Search everything' })
  await search.getByRole('combobox').fill('congres admit')
  const results = search.getByRole('listbox', { name: 'Results' })
  await expect(results.getByRole('option').filter({ hasText: 'Art. IV, § 3, cl. 1' }).first()).toBeVisible()
  await expect(results.getByRole('option').filter({ hasText: 'Congress alone admits states' })).toBeVisible()
  await expect(results.locator('mark').first()).toBeVisible()
  await screensAllSizes(page, 'search')
  // A card found opens at the card, which says which claims it backs.
  await results.getByRole('option').filter({ hasText: 'Congress alone admits states' }).click()
  const found = page.getByRole('article', { name: 'Card: Congress alone admits states' })
  await expect(found).toHaveClass(/focused/)
  await expect(found).toBeInViewport()
  await expect(found.locator('.card-backs')).toHaveText('Backs Only Congress decides the shape of the Union')
  await page.keyboard.press('Control+k')
  await search.getByRole('combobox').fill('only congress decides')
  await expect(results.getByRole('option').first()).toContainText('Only Congress decides the shape of the Union')
  await page.keyboard.press('Enter')
  await expect(row(page, 'Only Congress decides')).toHaveAttribute('aria-selected', 'true')

  // In the columns, the claim shows its cards inline, collapsible.
  await page.getByRole('tab', { name: 'Columns' }).click()
  const toggle = page.getByRole('button', { name: /Show the 1 evidence card of “Only Congress decides/ })
  await toggle.click()
  await expect(page.locator('.inline-cards .card-text')).toHaveText(FIRST_SENTENCE)
  await screensAllSizes(page, 'columns-inline-cards')
  await page.getByRole('button', { name: /Hide the 1 evidence card/ }).click()
  await expect(page.locator('.inline-cards')).toHaveCount(0)
  await page.getByRole('tab', { name: 'Outline' }).click()
  await row(page, 'Only Congress decides').click()

  // A card under a claim links back to its place in the text.
  await evidence.getByRole('button', { name: 'Show in source' }).click()
  await expect(page.getByRole('region', { name: 'Art. IV, § 3, cl. 1', exact: true })).toHaveClass(/focused/)
  await expect(page.getByRole('region', { name: 'Art. IV, § 3, cl. 1', exact: true })).toBeInViewport()
  await expect(page.getByRole('region', { name: 'Art. IV, § 3, cl. 1', exact: true }).locator('mark.cut-from')).toHaveText(FIRST_SENTENCE)
  await expect(page.getByRole('region', { name: 'Art. IV, § 3, cl. 1', exact: true }).locator('mark.cut-from')).toHaveText(FIRST_SENTENCE)

  // The library lists what uses each source.
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await expect(page.getByRole('complementary', { name: 'Sources' })).toContainText('1 card · used by 1 claim')
  await screensAllSizes(page, 'sources-library')
  const usedBy = page.getByRole('region', { name: 'Used by' })
  await expect(usedBy).toContainText('Only Congress decides the shape of the Union')
  await usedBy.getByRole('button', { name: 'Only Congress decides the shape of the Union' }).click()
  await expect(row(page, 'Only Congress decides')).toHaveAttribute('aria-selected', 'true')
  await expect(row(page, 'Only Congress decides')).toContainText('1 card')
  expect(errors).toEqual([])
  await server.stop()
})

test('a pasted card from the user’s own source keeps its text exactly, links to a claim from the card, and a quoted source is not deleted silently', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await createMotion(page, 'This House believes California should secede from the United States')
  await tree(page).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Secession has no peaceful route')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await page.getByRole('button', { name: 'New source' }).click()
  const form = page.getByRole('form', { name: 'New source' })
  await form.getByLabel('Kind').selectOption({ label: 'Interview' })
  await form.getByLabel('Title').fill('Robert Patman, speaking to RNZ')
  await form.getByLabel('Authors').fill('Robert Patman')
  await form.getByLabel('Author qualifications').fill('Professor of international relations, University of Otago')
  await form.getByRole('button', { name: 'Add source' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Robert Patman, speaking to RNZ' })).toBeVisible()

  const quote = 'No, the US Constitution does not provide for a state to peacefully secede'
  const paste = page.getByRole('form', { name: 'New card' })
  await paste.getByLabel('Tag').fill('No peaceful exit')
  await paste.getByLabel('Quoted text, exactly as in the source').fill(`${quote}<script>alert(1)</script>`)
  await paste.getByRole('button', { name: 'Add card' }).click()
  const card = page.getByRole('article', { name: 'Card: No peaceful exit' })
  // Markup is kept as characters and shown as text, never run.
  await expect(card.locator('.card-text')).toHaveText(`${quote}<script>alert(1)</script>`)
  await expect(card.locator('.card-cite')).toContainText('Robert Patman, Professor of international relations, University of Otago')
  // A pasted card's pinpoint can be corrected afterwards; its text stays exactly as pasted.
  await card.getByRole('button', { name: 'Edit text and pinpoint' }).click()
  await card.getByLabel('Pinpoint').fill('03:15')
  await card.getByRole('button', { name: 'Save card' }).click()
  await expect(card.locator('.card-cite')).toContainText('03:15')
  await expect(card.locator('.card-text')).toHaveText(`${quote}<script>alert(1)</script>`)

  // Link it from the card to a claim found by search.
  await card.getByRole('button', { name: 'Link to a claim…' }).click()
  await card.getByLabel('Find a claim to link this card to').fill('peaceful route')
  await card.getByRole('button', { name: 'Secession has no peaceful route' }).click()
  await expect(page.getByRole('region', { name: 'Used by' })).toContainText('Secession has no peaceful route')

  await page.getByRole('button', { name: 'Delete source' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Confirm delete source' })
  await expect(confirm).toContainText('1 card quotes “Robert Patman, speaking to RNZ”. 1 claim relies on it and would lose that evidence.')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(card).toBeVisible()
  // Asked again and confirmed, the source goes with its card.
  await page.getByRole('button', { name: 'Delete source' }).click()
  await page.getByRole('alertdialog', { name: 'Confirm delete source' }).getByRole('button', { name: 'Delete source and cards' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Robert Patman, speaking to RNZ' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Robert Patman, speaking to RNZ/ })).toHaveCount(0)
  await server.stop()
})

test('a citation file is previewed (new, already there, skipped with key and line), then its good entries import', async ({ page }) => {
  // Each read starts a worker that loads the BibTeX parser; on a busy machine that takes seconds.
  test.setTimeout(180_000)
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  const good = `@article{rnz2025,\n  title = {Could California leave the United States? It's complicated.},\n  journal = {RNZ},\n  year = {2025}\n}\n`
  const broken = `${good}@book{open2020,\n  title = {Unfinished},\n\n@book{hakan, author = {H{\\aa}kan Johansson}, title = {Filters}}\n`
  const file = page.getByLabel('Citation file to import')
  await file.setInputFiles({ name: 'broken.bib', mimeType: 'text/plain', buffer: Buffer.from(broken) })
  const preview = page.getByRole('region', { name: 'Preview of broken.bib' })
  await expect(preview).toContainText('2 new sources, 1 entry skipped.', { timeout: 30_000 })
  await expect(preview).toContainText('“open2020” (line 6): it is not closed: a "}" is missing before line 9, where the next entry begins')
  expect(await axeProblems(page, '.citation-preview')).toEqual([])
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const width of [760, 1440]) {
      await page.setViewportSize({ width, height: 900 })
      await preview.scrollIntoViewIfNeeded()
      await screen(page, `citation-import-preview-${width}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })
  // From the keyboard: the import button is reached by Tab and pressed with Enter.
  await preview.getByRole('button', { name: 'Import 2 sources' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 sources from broken.bib; 1 skipped' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /^Filters/ })).toBeVisible()
  // The same entry again, twice, in an old Windows file: nothing new; the preview says which entries the
  // library has, which the file repeats, and how the file was read.
  const again = Buffer.concat([Buffer.from('% Exported by J. M'), Buffer.from([0xfc]), Buffer.from(`ller\n${good}${good.replace('rnz2025', 'rnz2025b')}`)])
  await file.setInputFiles({ name: 'rnz.bib', mimeType: 'text/plain', buffer: again })
  const againPreview = page.getByRole('region', { name: 'Preview of rnz.bib' })
  await expect(againPreview).toContainText('0 new sources, 1 already in your library, 1 repeated in the file.', { timeout: 30_000 })
  await expect(againPreview).toContainText('The file is not UTF-8; it was read as Windows-1252 (Western European).')
  await againPreview.getByText('Repeated in the file: 1 entry the same as an earlier one').click()
  await expect(againPreview).toContainText('“rnz2025b” (line 7): Could California leave the United States? It\'s complicated. (same as line 2)')
  expect(await axeProblems(page, '.citation-preview')).toEqual([])
  await screensAllSizes(page, 'citation-import-repeated', againPreview)
  await expect(page.getByRole('button', { name: 'Import 0 sources' })).toBeDisabled()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Could California leave/ })).toHaveCount(1)
  await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Could California leave/ }).click()
  const cite = page.getByRole('region', { name: 'Cite as' })
  await cite.getByLabel('Citation style').selectOption('mla')
  await expect(cite).toContainText('“Could California Leave the United States? It’s Complicated.” RNZ, 2025.', { timeout: 30_000 })
  await screensAllSizes(page, 'source-cite')

  // A case is cited in legal form whatever the style.
  await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Texas v. White/ }).click()
  await expect(cite).toContainText('Texas v. White, 74 U.S. 700 (1869)', { timeout: 30_000 })
  await expect(cite.getByLabel('Citation style')).toHaveCount(0)
  await screensAllSizes(page, 'source-cite-legal')
  await server.stop()
})

test('a cut card is marked for reading aloud, and its text changes only as a marked alteration', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /California Constitution/ }).click()
  await selectInUnit(page, 'Art. III, § 1', 'United States of America,')
  await page.getByRole('button', { name: 'Cut card' }).click()
  const card = page.getByRole('article', { name: /Card/ })
  const exact = 'The State of California is an inseparable part of the United States of America,'
  await expect(card.locator('.card-text')).toHaveText(exact)
  await expect(card.locator('.card-cite strong')).toHaveText('Cal. Const. art. III, § 1')
  // Back from the card to the words it was cut from, and only those.
  await card.getByRole('button', { name: 'Show in source' }).click()
  await expect(page.getByRole('region', { name: 'Art. III, § 1', exact: true }).locator('mark.cut-from')).toHaveText(exact)

  // Underline "an inseparable part".
  await card.locator('.card-text').evaluate((el) => {
    const text = el.textContent ?? ''
    const start = text.indexOf('an inseparable part')
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    const node = walker.nextNode() as Text
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + 'an inseparable part'.length)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  })
  await card.getByRole('button', { name: 'Underline' }).click()
  await expect(card.locator('.card-text u')).toHaveText('an inseparable part')
  await expect(card.locator('.card-text')).toHaveText(exact)

  // Changing the words is refused, unless saved as a marked alteration.
  await card.getByRole('button', { name: 'Edit text' }).click()
  await card.getByLabel('Card text').fill('The State of California is part of the United States of America,')
  await card.getByRole('button', { name: 'Save text' }).click()
  await expect(card.getByRole('alert')).toContainText('must stay exactly as the source')
  await card.getByRole('button', { name: 'Save as marked alteration' }).click()
  await expect(card.locator('.card-cite')).toContainText('[altered from the source]')
  // The words left out are shown where they were.
  await expect(card.locator('.card-text')).toHaveText('The State of California is … part of the United States of America,')
  await screensAllSizes(page, 'card-altered', card)
  // A marked alteration is not a mismatch: the check passes.
  await page.getByRole('button', { name: 'Check every card' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Every card matches its source.' })).toBeVisible()
  await server.stop()
})
