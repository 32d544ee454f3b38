import { expect, test, type Page } from '@playwright/test'
import { axeProblems, screensAtWidths } from '../support/look'
import { watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const CA_MOTION = 'Resolved: California would be better off as an independent country.'
const ECONOMIC_POWER = 'An independent California would be an economic power'

async function openPractice(page: Page, tab: string) {
  await page.getByRole('button', { name: /^Practice/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible()
  await page.getByRole('tablist', { name: 'Practice' }).getByRole('tab', { name: tab }).click()
}

test('the flow sheet never overwrites typed text without asking, moves to a new argument, and undoes its edits', async ({ page }) => {
  test.setTimeout(180_000)
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  const errors = watchConsole(page)
  await page.goto(server.url)
  await openPractice(page, 'Flow sheet')
  const form = page.getByRole('form', { name: 'New flow' })
  await form.getByLabel('Title').fill('Round 2')
  await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: CA_MOTION })
  await form.getByRole('button', { name: 'Start flow' }).click()
  const flow = page.getByRole('region', { name: 'Flow sheet Round 2' })
  const sheet = flow.getByRole('table', { name: 'Flow: Round 2' })

  // + Argument puts the cursor in the new argument, so the rebuttal is typed straight in.
  await flow.getByRole('button', { name: '+ Argument' }).click()
  const typed = sheet.getByRole('textbox', { name: 'Argument 1, Team A Constructive' })
  await expect(typed).toBeFocused()
  await page.keyboard.type('Texas v. White says no')
  await flow.getByRole('button', { name: '+ Argument' }).click()
  await expect(sheet.getByRole('textbox', { name: 'Argument 2, Team A Constructive' })).toBeFocused()
  await typed.focus()

  // Pulling a claim into that cell asks first; Cancel keeps the note as it was.
  await flow.getByLabel('Claim from the map').selectOption({ label: `Pro: ${ECONOMIC_POWER}` })
  await flow.getByRole('button', { name: 'Pull into cell' }).click()
  const choice = page.getByRole('alertdialog', { name: 'Your note is in this cell' })
  await expect(choice).toContainText('Argument 1, Team A Constructive already holds your note')
  await expect(choice.getByRole('button', { name: 'Append' })).toBeFocused()
  await screensAtWidths(page, 'practice-flow-pull-choice', choice)
  expect(await axeProblems(page, '.flow-editor')).toEqual([])
  await choice.getByRole('button', { name: 'Cancel' }).click()
  await expect(choice).toHaveCount(0)
  await expect(typed).toHaveValue('Texas v. White says no')

  // Append puts the claim after the note; Replace, asked again, swaps it, and Ctrl+Z brings the note back.
  await flow.getByRole('button', { name: 'Pull into cell' }).click()
  await choice.getByRole('button', { name: 'Append' }).click()
  await expect(typed).toHaveValue(`Texas v. White says no\n${ECONOMIC_POWER}`)
  await flow.getByRole('button', { name: 'Pull into cell' }).click()
  await choice.getByRole('button', { name: 'Replace' }).click()
  await expect(typed).toHaveValue(ECONOMIC_POWER)
  await typed.focus()
  await page.keyboard.press('Control+z')
  await expect(typed).toHaveValue(`Texas v. White says no\n${ECONOMIC_POWER}`)
  await page.keyboard.press('Control+z')
  await expect(typed).toHaveValue('Texas v. White says no')
  // Back past the second argument; the note typed is one step, not a letter at a time.
  await page.keyboard.press('Control+z')
  await expect(sheet.getByRole('textbox', { name: /^Argument 2,/ })).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(typed).toHaveValue('')
  await page.keyboard.press('Control+Shift+z')
  await expect(typed).toHaveValue('Texas v. White says no')
  await expect(flow.getByRole('status')).toHaveText('Redone.')
  await page.keyboard.press('Control+y')
  await expect(sheet.getByRole('textbox', { name: 'Argument 2, Team A Constructive' })).toBeVisible()

  // The buttons do the same; removing an argument is undone like any other edit.
  await flow.getByRole('button', { name: 'Remove argument 2' }).click()
  await expect(sheet.getByRole('textbox', { name: /^Argument 2,/ })).toHaveCount(0)
  await flow.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(sheet.getByRole('textbox', { name: 'Argument 2, Team A Constructive' })).toBeVisible()
  await flow.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(sheet.getByRole('textbox', { name: /^Argument 2,/ })).toHaveCount(0)
  await expect(flow.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled()
  await screensAtWidths(page, 'practice-flow-undo')
  expect(errors).toEqual([])
  await server.stop()
})
