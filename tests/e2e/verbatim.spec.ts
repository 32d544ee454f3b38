/**
 * Import Verbatim file… in the web mode: a team's Word file (made with tests/support/verbatim-docx.ts)
 * previewed, imported into a new motion (its blocks and tags as claims, each card with its tag,
 * cite and marks), then another into the card library only; a file that is not one is refused
 * plainly with nothing added; a Word file dropped on the library is offered as Verbatim when it
 * is one. Screens of the dialog and the results at 760, 1024 and 1440 px, light and dark.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { screensAtWidths } from '../support/look'
import { watchConsole } from '../support/slice'
import { AFF, verbatimDocx, type GeneratedItem } from '../support/verbatim-docx'
import { startWebMode, tempDataDir } from '../support/web-mode'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const NEG: GeneratedItem[] = [
  { kind: 'pocket', text: '1NC' },
  { kind: 'hat', text: 'Case' },
  { kind: 'block', text: 'AT: Harms' },
  {
    kind: 'card',
    tag: 'Arms sales give the US leverage over the coalition',
    citeHead: 'Ryan 18',
    citeRest: ', Senior Fellow at the Atlantic Council, "The Case for Selling Arms," Foreign Affairs, 3/2/2018, https://example.org/ryan',
    runs: [{ text: 'Cutting sales ', mark: 'underline' }, { text: 'ends the only leverage ', mark: 'emphasis', highlight: 'green' }, { text: 'Washington has.' }]
  },
  { kind: 'analytic', tag: 'They cannot leave the coalition', note: 'Ask for their alternative in cross-ex' },
  {
    kind: 'card',
    tag: 'Embargoes fail',
    citeHead: 'Lee 20',
    citeRest: ', Professor at Georgetown, "Why Embargoes Fail," Journal of Strategic Studies, 1/15/2020, https://example.org/lee',
    runs: [{ text: 'Buyers ', mark: 'underline' }, { text: 'turn to other suppliers.' }]
  }
]

/** An ordinary Word document: a heading and a paragraph, no Verbatim tag (Heading 4). */
async function ordinaryDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('A report')] }), new Paragraph({ children: [new TextRun('Arms sales to the coalition rose in 2019.')] })] }]
  })
  return Packer.toBuffer(document)
}

/** Each file is read on a fresh parse worker: seconds on a busy machine. */
const PARSING = 30_000

const file = async (name: string, items: readonly GeneratedItem[]) => ({ name, mimeType: DOCX, buffer: Buffer.from(await verbatimDocx(items)) })

/** Drops one file on the sources library as a file manager does. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, bytes, type }) => {
      const data = new DataTransfer()
      data.items.add(new File([new Uint8Array(bytes)], name, { type }))
      return data
    },
    { name, bytes: [...bytes], type: DOCX }
  )
  const library = page.locator('.sources-view')
  await library.dispatchEvent('dragover', { dataTransfer: transfer })
  await library.dispatchEvent('drop', { dataTransfer: transfer })
}

const count = (dialog: Locator, label: string) => dialog.locator('.verbatim-counts div', { has: dialog.page().locator('dt', { hasText: label }) }).locator('dd')

test('a Verbatim file becomes a new motion with its cards and marks, another goes into the card library only, and a wrong file is refused with nothing added', async ({ page }) => {
  test.setTimeout(300_000)
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)

  // Where motions are made: New motion > import a Verbatim file.
  await page.getByRole('main').getByRole('button', { name: 'New motion' }).click()
  await expect(page.getByRole('button', { name: 'import a Verbatim file (.docx)…' })).toBeVisible()
  await page.getByLabel('Verbatim file to import').setInputFiles(await file('aff.docx', AFF))
  const dialog = page.getByRole('dialog', { name: 'Import Verbatim file' })
  await expect(dialog).toContainText('aff.docx')
  await expect(dialog).toContainText('first Pocket “1AC”', { timeout: PARSING })
  await expect(count(dialog, 'Pockets')).toHaveText('1')
  await expect(count(dialog, 'Hats')).toHaveText('1')
  await expect(count(dialog, 'Blocks')).toHaveText('2')
  await expect(count(dialog, 'Cards')).toHaveText('2')
  await expect(count(dialog, 'Analytics')).toHaveText('1')
  await expect(dialog).toContainText('The cite lines make 2 sources; 1 cite could not be read whole and stays on the card as written')
  // From the keyboard: the proposed place has the focus, Tab reaches Import.
  const asMotion = dialog.getByRole('radio', { name: /^A new motion/ })
  await expect(asMotion).toBeChecked()
  await expect(asMotion).toBeFocused()
  await screensAtWidths(page, 'verbatim-dialog-motion')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeFocused()
  await page.keyboard.press('Enter')

  // The new motion is open, with a sentence saying what came in.
  await expect(dialog).toBeHidden({ timeout: PARSING })
  await expect(page.getByRole('heading', { level: 1, name: '1AC' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Imported aff.docx as the motion “1AC”: 5 claims, 2 cards and 2 sources added.' })).toBeVisible()
  // Each heading with tags is a contention, its tags (cards and the analytic) claims beneath it, in the file's order.
  const rows = page.getByRole('tree').getByRole('treeitem')
  await expect(rows).toHaveText([/ProHarms/, /Supports233,000 will die by the end of 2019/, /SupportsExtend the impact: no other advocate solves/, /ProSolvency/, /SupportsThe plan solves/])
  expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('aria-level')))).toEqual(['1', '2', '2', '1', '2'])

  // A tag's claim carries its card: the tag, the cite read into a source, the marks shown.
  await rows.filter({ hasText: '233,000 will die by the end of 2019' }).click()
  const card = page.getByRole('complementary', { name: 'Details' }).getByRole('article', { name: 'Card: 233,000 will die by the end of 2019' })
  await expect(card).toBeVisible()
  await expect(card.locator('.card-cite')).toContainText('Bazzi')
  await expect(card.locator('.card-cite')).toContainText('Trump wants to sell more weapons to Saudi Arabia')
  const text = card.locator('.card-text')
  await expect(text).toHaveText('On the Friday before Memorial Day, the administration announced that it would circumvent Congress')
  await expect(text.locator('u')).toHaveText(['the administration announced', 'circumvent Congress'])
  await expect(text.locator('mark:not([class])')).toHaveText('the administration announced')
  await expect(text.locator('mark.hl-cyan')).toHaveText('circumvent Congress')
  await expect(text.locator('strong.emphasis')).toHaveText('circumvent Congress')
  await expect(text.locator('small.shrunk')).toHaveText('On the Friday before Memorial Day,')
  await screensAtWidths(page, 'verbatim-result-motion', card)
  // The analytic is a claim with its words as the body, and no card.
  await rows.filter({ hasText: 'Extend the impact' }).click()
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('article')).toHaveCount(0)

  // The card library: Sources & cards > Import Verbatim file…, proposed as cards only.
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  const sourceList = page.getByRole('complementary', { name: 'Sources' })
  // The three bundled texts, and the two sources aff.docx's cite lines made.
  const allSources = 5
  await expect(sourceList.getByRole('listitem')).toHaveCount(allSources)
  await page.getByLabel('Verbatim file to import').setInputFiles(await file('neg.docx', NEG))
  await expect(count(dialog, 'Cards')).toHaveText('2', { timeout: PARSING })
  const asCards = dialog.getByRole('radio', { name: /^Card library only/ })
  await expect(asCards).toBeChecked()
  await expect(asCards).toBeFocused()
  // The analytic is not lost: the dialog says where it goes.
  await expect(dialog).toContainText('The 1 analytic (tags with no card text) goes in card notes, as “Analytic: …”: each in the note of the next card under its heading')
  await screensAtWidths(page, 'verbatim-dialog-cards')
  // Tab stays in the dialog: more Tabs than it has controls never reach the screen behind.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))), `Tab ${i + 1} left the dialog`).toBe(true)
  }
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toBeHidden({ timeout: PARSING })
  await expect(page.getByRole('status').filter({ hasText: 'Imported neg.docx into the card library: 2 cards and 2 sources added.' })).toBeVisible()
  // Only the new cards' sources are listed, and the first card is shown.
  await expect(sourceList.getByRole('note')).toContainText('Showing the 2 sources of the cards from neg.docx')
  await expect(sourceList.getByRole('listitem')).toHaveCount(2)
  const first = page.getByRole('article', { name: 'Card: Arms sales give the US leverage over the coalition' })
  await expect(first).toBeInViewport()
  await expect(first.locator('.card-text mark.hl-green')).toHaveText('ends the only leverage ')
  await screensAtWidths(page, 'verbatim-result-cards', first)
  await sourceList.getByRole('button', { name: 'Show all sources' }).click()
  await expect(sourceList.getByRole('listitem')).toHaveCount(allSources + 2)

  // Not a Word file, or a Word file with no Verbatim tags: said plainly, the file named, nothing added.
  await page.getByLabel('Verbatim file to import').setInputFiles({ name: 'renamed.docx', mimeType: DOCX, buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n') })
  const refusal = dialog.getByRole('alert')
  await expect(refusal).toContainText('"renamed.docx" is not a Word (.docx) file', { timeout: PARSING })
  await expect(refusal).toContainText('Nothing was added.')
  await expect(dialog.getByRole('button', { name: 'Choose another file…' })).toBeFocused()
  await screensAtWidths(page, 'verbatim-dialog-refused')
  await dialog.getByLabel('Another Verbatim file to import').setInputFiles({ name: 'report.docx', mimeType: DOCX, buffer: await ordinaryDocx() })
  await expect(refusal).toContainText('"report.docx" has no Verbatim tags', { timeout: PARSING })
  await expect(refusal).toContainText('ordinary Word document')
  await dialog.getByLabel('Another Verbatim file to import').setInputFiles({ name: 'speech.odt', mimeType: 'application/vnd.oasis.opendocument.text', buffer: Buffer.from('PK') })
  await expect(refusal).toHaveText('speech.odt cannot be imported: a Verbatim file is a Word file (.docx), and this is not one. Nothing was added.')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(sourceList.getByRole('listitem')).toHaveCount(allSources + 2)

  // A Word file dropped on the library: a Verbatim file is offered as one (or as a document); an ordinary one is imported as a document.
  await dropFile(page, 'aff.docx', Buffer.from(await verbatimDocx(AFF)))
  await expect(count(dialog, 'Cards')).toHaveText('2', { timeout: PARSING })
  await expect(dialog.getByRole('button', { name: 'Import as one document instead' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(sourceList.getByRole('listitem')).toHaveCount(allSources + 2)
  await dropFile(page, 'report.docx', await ordinaryDocx())
  await expect(page.getByRole('status').filter({ hasText: 'Imported report.docx as' })).toBeVisible({ timeout: PARSING })
  await expect(sourceList.getByRole('listitem')).toHaveCount(allSources + 3)
  expect(errors).toEqual([])
  await server.stop()
})

const REAL_FILE = join(import.meta.dirname, '../../../shared/fixtures/real-world/docx/cp-bifurcation-pic-vs-fed-workers.docx')

test('a real team file imports into a new motion with every card its preview counts', async ({ page }) => {
  test.skip(!existsSync(REAL_FILE), '../shared/fixtures/real-world is not beside this checkout')
  test.setTimeout(300_000)
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  await page.goto(server.url)
  await page.getByRole('button', { name: /Sources & cards/ }).click()
  await page.getByLabel('Verbatim file to import').setInputFiles(REAL_FILE)
  const dialog = page.getByRole('dialog', { name: 'Import Verbatim file' })
  await expect(dialog).toContainText('cp-bifurcation-pic-vs-fed-workers.docx')
  const cards = count(dialog, 'Cards')
  await expect(cards).toHaveText(/^[1-9][\d,]*$/, { timeout: PARSING })
  const counted = (await cards.textContent()) ?? ''
  // A file with no Pocket is named by its file name alone, not by a "first Pocket" it does not have.
  await expect(dialog.locator('.verbatim-file')).toHaveText('cp-bifurcation-pic-vs-fed-workers.docx')
  await expect(dialog.getByRole('listitem').filter({ hasText: 'no Pocket' })).toBeVisible()
  await screensAtWidths(page, 'verbatim-dialog-real-file')
  await dialog.getByRole('radio', { name: /^A new motion/ }).check()
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toBeHidden({ timeout: PARSING })
  // Every card counted came in, or is named as left out with its reason (a text over 500,000 characters).
  const status = page.getByRole('status').filter({ hasText: 'Imported cp-bifurcation-pic-vs-fed-workers.docx as the motion' })
  const said = (await status.textContent()) ?? ''
  const added = Number(/claims?, ([\d,]+) cards?/.exec(said)?.[1]?.replace(/,/g, '') ?? 'NaN')
  const leftOut = Number(/Left out: (\d+) entries/.exec(said)?.[1] ?? (said.match(/so it was not imported/g) ?? []).length)
  expect(added + leftOut).toBe(Number(counted.replace(/,/g, '')))
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible()
  expect(errors).toEqual([])
  await server.stop()
})
