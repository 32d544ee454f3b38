/**
 * Documents as sources in the web mode: Import document… and dropping files on the library, the
 * reader over an imported text (contents, find, cut), the source's document facts and field
 * origins, cards linked to claims and exported in a Word brief. Inputs are the small files in
 * tests/fixtures/documents/; screens are saved at 760, 1024 and 1440 px, light and dark.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { cutCard as cutSelected, selectPassage } from '../support/reader'
import { screen } from '../support/screens'
import { createMotion, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const FIXTURES = 'tests/fixtures/documents'
const OUT = 'test-results/documents'

/** Accessibility problems (axe-core, WCAG 2.2 A and AA), serious or critical, in light and dark at 760 and 1440 px. */
async function axeEverywhere(page: Page, what: string, selector = 'main'): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const width of [760, 1440]) {
      await page.setViewportSize({ width, height: 900 })
      const problems = (await seriousViolations(page, { include: selector })).map((v) => `${v.id}: ${v.help} ×${v.count} (${v.where.join('; ')})`)
      expect(problems, `${what}, ${scheme}, ${width} px`).toEqual([])
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })
}

/** Saves the screen at 760, 1024 and 1440 px, light and dark, with `show` scrolled into view. */
async function screensAt(page: Page, name: string, show?: Locator): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const width of [760, 1024, 1440]) {
      await page.setViewportSize({ width, height: 900 })
      await show?.scrollIntoViewIfNeeded()
      await screen(page, `${name}-${width}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })
}

/** Cuts the selected words (the toolbar says how many, where) and answers the new card, in view. */
async function cutCard(page: Page, chars: number, unitLabel: string): Promise<Locator> {
  const card = await cutSelected(page, { chars, unitLabel })
  await expect(card).toBeInViewport()
  return card
}

async function linkToClaim(card: Locator, search: string, claim: string): Promise<void> {
  await card.getByRole('button', { name: 'Link to a claim…' }).click()
  await card.getByLabel('Find a claim to link this card to').fill(search)
  await card.getByRole('button', { name: claim }).click()
}

/** Drops files on the sources library as a file manager does. */
async function dropFiles(page: Page, files: Array<{ name: string; type: string; path: string }>): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, bytes: [...readFileSync(f.path)] }))
  const transfer = await page.evaluateHandle((given) => {
    const data = new DataTransfer()
    for (const f of given) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }))
    return data
  }, payload)
  const library = page.locator('.sources-view')
  await library.dispatchEvent('dragover', { dataTransfer: transfer })
  await expect(library).toHaveClass(/dropping/)
  await library.dispatchEvent('drop', { dataTransfer: transfer })
}

const PERPETUAL = 'the Union of these States is perpetual.'
const ANARCHY = 'Plainly the central idea of secession is the essence of anarchy.'
const NOT_ENEMIES = 'We are not enemies, but friends.'

test('a Markdown file becomes a source to read, search and cut exactly; the same file again is recognised, and a wrong file is refused plainly', async ({ page }) => {
  test.setTimeout(300_000)
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)
  await createMotion(page, 'This House believes a state may leave the Union')
  await page.getByRole('tree').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('The Union is perpetual')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await expect(page.getByRole('button', { name: 'Import document…' })).toBeVisible()
  await axeEverywhere(page, 'sources with Import document', '.source-list')
  await page.getByLabel('Document to import').setInputFiles(`${FIXTURES}/inaugural.md`)
  const title = page.getByRole('heading', { level: 1, name: "Lincoln's first inaugural address" })
  // The first source with a citation loads Citation.js on the main process (for Cite as), which takes seconds on a busy machine.
  await expect(title).toBeVisible()
  await expect(page.getByRole('region', { name: /^Text of / })).toBeVisible({ timeout: 30_000 })
  const facts = page.getByRole('region', { name: 'Imported document' })
  await expect(facts).toContainText('Markdown')
  await expect(facts).toContainText('inaugural.md')
  await expect(facts).toContainText('3 paragraphs')
  await expect(page.getByText('from the first “#” heading')).toBeVisible()

  // The contents go by heading; following one brings its first paragraph into view.
  const contents = page.getByRole('navigation', { name: /^Contents of / })
  // The file's "# Title" is the source's title (above), not repeated as a heading over the text.
  await expect(contents.getByRole('link')).toHaveText(['Start of the text', 'Perpetual union', 'Secession'])
  await expect(page.getByRole('region', { name: /^Text of / }).getByText("Lincoln's first inaugural address")).toHaveCount(1)
  await contents.getByRole('link', { name: 'Secession' }).click()
  await expect(page.getByRole('region', { name: '¶ 3', exact: true })).toBeInViewport()

  // Find: the count, the current match marked, Enter and Shift+Enter step through.
  const find = page.getByRole('search', { name: /^Find in / })
  await find.getByLabel('Find in the text').fill('UNION')
  await expect(find.getByRole('status')).toHaveText('1 of 1')
  await expect(page.locator('mark.current')).toHaveText('Union')
  await find.getByLabel('Find in the text').fill('the')
  await expect(find.getByRole('status')).toHaveText('1 of 5')
  await find.getByLabel('Find in the text').press('Shift+Enter')
  await expect(find.getByRole('status')).toHaveText('5 of 5')
  await find.getByLabel('Find in the text').press('Enter')
  await expect(find.getByRole('status')).toHaveText('1 of 5')
  await find.getByLabel('Find in the text').fill('secede')
  await expect(find.getByRole('status')).toHaveText('Not found')
  // Ctrl+F from the text goes to the search box.
  await page.getByRole('region', { name: /^Text of / }).focus()
  await page.keyboard.press('Control+f')
  await expect(find.getByLabel('Find in the text')).toBeFocused()

  // Cut with marks over the words: the card is the source's text exactly, with its paragraph's pinpoint.
  await find.getByLabel('Find in the text').fill('union')
  await screensAt(page, 'document-reader-markdown', page.getByRole('region', { name: '¶ 2', exact: true }))
  await selectPassage(page, '¶ 2', PERPETUAL)
  const card = await cutCard(page, PERPETUAL.length, '¶ 2')
  await expect(card.locator('.card-text')).toHaveText(PERPETUAL)
  await expect(card.locator('.card-cite')).toContainText('¶ 2')
  await linkToClaim(card, 'perpetual', 'The Union is perpetual')
  await expect(page.getByRole('region', { name: 'Used by' })).toContainText('The Union is perpetual')
  await axeEverywhere(page, 'reader and source')

  // The same file again adds nothing and opens the source it made.
  await page.getByRole('button', { name: 'Constitution of the United States' }).click()
  await page.getByLabel('Document to import').setInputFiles(`${FIXTURES}/inaugural.md`)
  await expect(page.getByRole('status').filter({ hasText: 'Already in your library' })).toBeVisible()
  await expect(title).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /first inaugural address/ })).toHaveCount(1)

  // A file of another kind is refused, naming it; the open source stays as it was.
  await page.getByLabel('Document to import').setInputFiles({ name: 'speech.odt', mimeType: 'application/vnd.oasis.opendocument.text', buffer: Buffer.from('PK') })
  await expect(page.getByRole('alert').filter({ hasText: 'speech.odt: choose a PDF' })).toBeVisible()
  await expect(title).toBeVisible()
  await screensAt(page, 'document-import-refused')
  expect(errors).toEqual([])
  await server.stop()
})

test('a PDF and a saved article import (button and drop), cards cut from each back claims, and the Word brief holds them', async ({ page }) => {
  test.setTimeout(300_000)
  mkdirSync(OUT, { recursive: true })
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)
  await createMotion(page, 'This House believes a state may leave the Union')
  await page.getByRole('tree').focus()
  await page.keyboard.press('s')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Secession is anarchy')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The majority rules within the Constitution')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /Sources & cards/ }).click()

  // The PDF, chosen with the button: the reader is made ready while the chooser is open.
  const prepared = page.waitForRequest((request) => request.url().endsWith('/api/invoke') && request.postData()?.includes('import.prepare') === true)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import document…' }).click()
  expect((await prepared).postDataJSON()).toMatchObject({ input: { reader: 'document' } })
  await (await chooser).setFiles(`${FIXTURES}/inaugural.pdf`)
  // Pages in the contents, its info in the fields with where each came from.
  await expect(page.getByRole('heading', { level: 1, name: 'First Inaugural Address' })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Text of / })).toBeVisible({ timeout: 30_000 })
  const facts = page.getByRole('region', { name: 'Imported document' })
  await expect(facts).toContainText('PDF')
  await expect(facts).toContainText('2 pages')
  const contents = page.getByRole('navigation', { name: 'Contents of First Inaugural Address' })
  await expect(contents.getByRole('link')).toHaveText(['p. 1', 'p. 2'])
  const form = page.getByRole('form', { name: 'Edit source' })
  await expect(form.getByLabel('Title')).toHaveValue('First Inaugural Address')
  await expect(form.getByText('from PDF info: Title')).toBeVisible()
  await screensAt(page, 'document-source-pdf', facts)
  await contents.getByRole('link', { name: 'p. 2' }).click()
  await selectPassage(page, 'p. 2', ANARCHY)
  const pdfCard = await cutCard(page, ANARCHY.length, 'p. 2')
  await expect(pdfCard.locator('.card-text')).toHaveText(ANARCHY)
  await expect(pdfCard.locator('.card-cite')).toContainText('2')
  await linkToClaim(pdfCard, 'anarchy', 'Secession is anarchy')

  // A field the user edits no longer says where it came from.
  await form.getByLabel('Title').fill('First Inaugural Address of Abraham Lincoln')
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'First Inaugural Address of Abraham Lincoln' })).toBeVisible()
  await expect(page.getByRole('form', { name: 'Edit source' }).getByText('from PDF info: Title')).toHaveCount(0)

  // The saved article, dropped on the library: the article's words, not the menu, ads or script.
  await dropFiles(page, [{ name: 'inaugural-article.html', type: 'text/html', path: `${FIXTURES}/inaugural-article.html` }])
  await expect(page.getByRole('heading', { level: 1, name: 'First Inaugural Address' })).toBeVisible()
  const text = page.getByRole('region', { name: /^Text of / })
  await expect(text).toContainText(NOT_ENEMIES)
  await expect(text).not.toContainText('Subscribe to our newsletter')
  await expect(text).not.toContainText('Advertisement')
  await expect(text).not.toContainText('Ten facts you never knew')
  const find = page.getByRole('search', { name: /^Find in / })
  await find.getByLabel('Find in the text').fill('not enemies')
  await expect(find.getByRole('status')).toHaveText('1 of 1')
  const unit = text.locator('section', { has: page.locator('mark.current') })
  const label = (await unit.getAttribute('aria-label')) ?? ''
  await screensAt(page, 'document-reader-article', unit)
  await selectPassage(page, label, NOT_ENEMIES)
  const htmlCard = await cutCard(page, NOT_ENEMIES.length, label)
  await expect(htmlCard.locator('.card-text')).toHaveText(NOT_ENEMIES)
  await linkToClaim(htmlCard, 'majority rules', 'The majority rules within the Constitution')

  // A file that is not what its name says is refused, naming it, and nothing is added.
  const before = await page.getByRole('complementary', { name: 'Sources' }).getByRole('listitem').count()
  await page.getByLabel('Document to import').setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a PDF at all') })
  await expect(page.getByRole('alert').filter({ hasText: 'broken.pdf' })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Sources' }).getByRole('listitem')).toHaveCount(before)

  // The Word brief of the motion holds both cards exactly.
  await page.getByRole('navigation', { name: 'Motions' }).getByRole('button').first().click()
  await page.getByRole('button', { name: 'Brief…' }).click()
  const builder = page.getByRole('dialog', { name: 'Brief' })
  const waiting = page.waitForEvent('download', { timeout: 60_000 })
  await builder.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Word', exact: true }).click()
  const file = `${OUT}/documents-brief.docx`
  await (await waiting).saveAs(file)
  const xml = execFileSync('/usr/bin/unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8')
  const words = (xml.match(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')
  expect(words).toContain(ANARCHY)
  expect(words).toContain(NOT_ENEMIES)
  expect(errors).toEqual([])
  await server.stop()
})
