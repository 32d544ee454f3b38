/**
 * A file that takes long to read is read on the parse worker: the page says it is reading,
 * stays usable, and Cancel stops the import with nothing added.
 */
import { expect, test } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { screensAllSizes } from '../support/screens'
import { startWebMode, tempDataDir } from '../support/web-mode'

test('a slow Argdown file can be cancelled while the app keeps answering', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New motion' }).first().click()
  // @argdown/core takes many seconds over 100 KB of "[".
  await page.getByLabel('Kialo or Argdown file to import').setInputFiles({ name: 'slow.argdown', mimeType: 'text/plain', buffer: Buffer.from('['.repeat(100_000)) })
  const reading = page.getByRole('status').filter({ hasText: 'Reading slow.argdown…' })
  await expect(reading).toBeVisible()

  // The server answers meanwhile: a motion made by hand is saved and opened.
  await page.getByLabel('Motion', { exact: true }).fill('This House would read files on a worker')
  await page.getByRole('button', { name: 'Create motion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'This House would read files on a worker' })).toBeVisible()

  await page.getByRole('button', { name: 'New motion' }).first().click()
  await page.getByLabel('Kialo or Argdown file to import').setInputFiles({ name: 'slow.argdown', mimeType: 'text/plain', buffer: Buffer.from('['.repeat(100_000)) })
  await expect(reading).toBeVisible()
  await screensAllSizes(page, 'import-reading', reading)
  await reading.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'slow.argdown' })).toHaveText('slow.argdown: Reading the Argdown file was cancelled')
  await expect(reading).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Motions' }).getByRole('button')).toHaveCount(1)
  await server.stop()
})

test('a Kialo export in the current layout: the notes say what was added and what was skipped, and why', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New motion' }).first().click()
  const kialo = [
    'Discussion Name:',
    'Should California leave the United States?',
    '',
    '1. Thesis:',
    'California should leave the United States.',
    '',
    '  1.1. Pro:',
    '  California could stand on its own economically [1].',
    '',
    '    1.1.1. Con:',
    '    Economic size does not make leaving lawful.',
    '',
    '  1.2. Con:',
    '  -> See 1.1.1.',
    '',
    'Sources:',
    '[1] https://example.org/economy',
    '"California is the fifth largest economy in the world."',
    ''
  ].join('\r\n')
  await page.getByLabel('Kialo or Argdown file to import').setInputFiles({ name: 'calexit.txt', mimeType: 'text/plain', buffer: Buffer.from(kialo) })
  const notes = page.getByRole('status').filter({ hasText: 'Imported' })
  await expect(notes).toContainText('Imported 2 claims, 1 source and 1 card, with a note:')
  await expect(notes.getByRole('listitem')).toHaveText([
    'Line 13: claim 1.2. was skipped: it links the thesis to 1.1.1.; a motion holds no see-also links.'
  ])
  expect(await seriousViolations(page, { include: '.import-notes' })).toEqual([])
  await screensAllSizes(page, 'import-kialo-notes', notes)

  // From the keyboard: the button that opens the motion is reached with Tab.
  const open = notes.getByRole('button', { name: 'Open the motion' })
  for (let i = 0; i < 10 && !(await open.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(open).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'California should leave the United States.' })).toBeVisible()
  await expect(page.getByRole('treeitem', { name: /^[^:]+: Economic size does not make leaving lawful/ })).toBeVisible()
  await server.stop()
})

test('a map file is read as its name says (.ad is Argdown), and a file that is binary or not UTF-8 is refused, naming it', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New motion' }).first().click()
  const picker = page.getByLabel('Kialo or Argdown file to import')
  const error = page.locator('#new-motion-error')

  // Latin-1 bytes ("Müller") would have been read with a replacement character.
  await picker.setInputFiles({ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from('1. Thesis:\nM'), Buffer.from([0xfc]), Buffer.from('ller is right.\n')]) })
  await expect(error).toHaveText('latin1.txt: The Kialo file is not UTF-8 text; save it as UTF-8 and import it again.')
  await picker.setInputFiles({ name: 'paper.txt', mimeType: 'text/plain', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n') })
  await expect(error).toHaveText('paper.txt: It is a PDF document, not a Kialo file; nothing was imported.')
  expect(await seriousViolations(page, { include: '.new-motion-form' })).toEqual([])
  await screensAllSizes(page, 'import-map-refused', page.locator('.new-motion-form'))

  const argdown = ['# Phones in schools', '', '[Ban]: Schools should ban phones in class.', '  + <Focus>: Phones take pupils’ attention from the lesson.', ''].join('\n')
  await picker.setInputFiles({ name: 'phones.ad', mimeType: 'text/plain', buffer: Buffer.from(argdown) })
  // Read as Argdown, the thesis is titled by its Argdown title (a Kialo export would have been refused).
  await expect(page.getByRole('heading', { level: 1, name: 'Ban' })).toBeVisible()
  await server.stop()
})

test('an Argdown graph that is not a tree keeps its extra relation as a see-also link the claim panel names, and a loose tree says it is unrelated', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New motion' }).first().click()
  // [Focus] supports [Ban] and also attacks [Bullying]: a tree holds only the first.
  const argdown = [
    '[Ban]: Schools should ban phones in class.',
    '  + [Focus]: Phones take pupils’ attention from the lesson.',
    '  + [Bullying]: Phones carry bullying into the classroom.',
    '    - [Focus]',
    '',
    '[Stray]: Homework moved online years ago.',
    ''
  ].join('\n')
  await page.getByLabel('Kialo or Argdown file to import').setInputFiles({ name: 'phones.argdown', mimeType: 'text/plain', buffer: Buffer.from(argdown) })
  const notes = page.getByRole('status').filter({ hasText: 'Imported' })
  await expect(notes.getByRole('listitem')).toHaveText([
    'Line 4: [Focus] also answers [Bullying]; it is imported under [Ban], with [Bullying] as a see-also link (a map is a tree here, not a graph).',
    'Not joined to the motion, so listed with the contentions but unrelated to it: [Stray].'
  ])
  await notes.getByRole('button', { name: 'Open the motion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ban' })).toBeVisible()

  const tree = page.getByRole('tree')
  await tree.getByRole('treeitem', { name: /^Pro: Focus\b/ }).click()
  const seeAlso = page.getByRole('navigation', { name: 'See also' })
  await expect(seeAlso.getByRole('listitem')).toHaveText(['Attacks Bullying'])
  await seeAlso.getByRole('link', { name: 'Bullying' }).click()
  await expect(page.getByRole('form', { name: 'Selected claim' }).getByLabel('Tag', { exact: true })).toHaveValue('Bullying')
  await expect(seeAlso).toHaveCount(0)

  await tree.getByRole('treeitem', { name: /^Pro: Stray\b/ }).click()
  await expect(page.getByRole('form', { name: 'Selected claim' })).toContainText('The imported file does not relate this claim to the motion')
  await tree.getByRole('treeitem', { name: /^Pro: Focus\b/ }).click()
  expect(await seriousViolations(page)).toEqual([])
  await screensAllSizes(page, 'argdown-see-also', seeAlso)
  await server.stop()
})
