import { expect, test } from '@playwright/test'
import { axeProblems, screensAtWidths } from '../support/look'
import { fillNewFlow, startPractice } from '../support/practice'

const CA_MOTION = 'Resolved: California would be better off as an independent country.'
const ECONOMIC_POWER = 'An independent California would be an economic power'

test('the flow sheet never overwrites typed text without asking, moves to a new argument, and undoes its edits', async ({ page }) => {
  test.setTimeout(180_000)
  const { server, errors } = await startPractice(page, 'Flow sheet', { starterPack: true })
  const form = await fillNewFlow(page, 'Round 2', CA_MOTION)
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

test('Public Forum’s coin toss seats either team on either side; Space runs the clock from a toggle; saving says so', async ({ page }) => {
  test.setTimeout(180_000)
  const { server, errors } = await startPractice(page, 'Timer', {
    beforeLoad: (p) => p.clock.install({ time: new Date('2026-01-05T10:00:00Z') })
  })
  await page.clock.pauseAt(new Date('2026-01-05T10:01:00Z'))
  const timer = page.getByRole('region', { name: 'Timer' })
  const clock = timer.getByRole('timer', { name: 'Time left in this speech' })
  await timer.getByLabel('Format').selectOption({ label: 'Public Forum' })
  const toss = timer.getByRole('group', { name: 'Coin toss' })
  await toss.getByRole('button', { name: 'Flip a coin' }).click()
  await expect(toss.getByRole('status')).toContainText(/Team [AB] won the toss: it chooses a side or when to speak/)

  // Team B won and chose to speak first; Team A then chose Pro: Team B opens, as Con.
  await toss.getByLabel('Speaks first').selectOption({ label: 'Team B' })
  await toss.getByLabel('Team A’s side').selectOption({ label: 'Pro' })
  await expect(timer.locator('.timer-speech-name')).toHaveText('Team B Constructive')
  await expect(timer.locator('.timer-speech-side')).toHaveText('Con')
  await expect(toss).toContainText('Team A is Pro, Team B Con; Team B speaks first.')
  await expect(timer.getByRole('list').first()).toContainText('Team A Constructive')

  // A click on the Sound cues toggle leaves focus there; Space still starts and pauses the clock, and the toggle stays as it was.
  const sound = timer.getByRole('button', { name: /^Sound cues/ })
  await sound.click()
  await expect(sound).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Space')
  await page.clock.runFor(61_000)
  await expect(clock).toHaveText('2:59')
  await page.keyboard.press('Space')
  await expect(sound).toHaveAttribute('aria-pressed', 'true')
  await expect(sound).toBeFocused()
  // Enter presses the focused toggle.
  await page.keyboard.press('Enter')
  await expect(sound).toHaveAttribute('aria-pressed', 'false')
  // In a list field Space is the field's own.
  await toss.getByLabel('Speaks first').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Escape')
  await page.clock.runFor(5_000)
  await expect(clock).toHaveText('2:59')

  await timer.getByRole('button', { name: 'Save to history' }).click()
  await expect(timer.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved 1 minute of Public Forum to your history.')
  // axe-core waits on timers: let the page's clock run again.
  await page.clock.resume()
  await screensAtWidths(page, 'practice-timer-coin-toss')
  // The parts this test changed (the Space hint inside the big button is ui-layout's item 15).
  expect([...(await axeProblems(page, '.coin-toss')), ...(await axeProblems(page, '.timer-bar'))]).toEqual([])
  expect(errors).toEqual([])
  await server.stop()
})

test('a Public Forum flow sheet follows the coin toss: the team that speaks first, on its side, opens the columns', async ({ page }) => {
  test.setTimeout(120_000)
  const { server, errors } = await startPractice(page, 'Flow sheet', { starterPack: true })
  const form = await fillNewFlow(page, 'Round 3', CA_MOTION)
  await form.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Public Forum' })
  const toss = form.getByRole('group', { name: 'Coin toss' })
  await toss.getByLabel('Speaks first').selectOption({ label: 'Team B' })
  await toss.getByLabel('Team A’s side').selectOption({ label: 'Pro' })
  await expect(toss).toContainText('Team A is Pro, Team B Con; Team B speaks first.')
  await screensAtWidths(page, 'practice-flow-coin-toss', toss)
  expect(await axeProblems(page, '.new-flow')).toEqual([])
  await form.getByRole('button', { name: 'Start flow' }).click()

  const sheet = page.getByRole('region', { name: 'Flow sheet Round 3' }).getByRole('table', { name: 'Flow: Round 3' })
  const headers = sheet.getByRole('columnheader')
  await expect(headers.nth(1)).toHaveText(/^Team B Constructive\s*Con$/)
  await expect(headers.nth(2)).toHaveText(/^Team A Constructive\s*Pro$/)
  await expect(headers.last()).toHaveText(/^Team A Final Focus\s*Pro$/)
  expect(errors).toEqual([])
  await server.stop()
})

test('evidence drill answers read as debate cites, and a drill left part-way is in the history as stopped', async ({ page }) => {
  test.setTimeout(180_000)
  const { server, errors } = await startPractice(page, 'Evidence drill', {
    starterPack: true,
    // Random draws fixed, so the first card asks where its quote is from.
    beforeLoad: (p) =>
      p.addInitScript(() => {
        Math.random = () => 0.9
      })
  })
  await page.getByRole('button', { name: /^Review \d+ due cards/ }).click()
  const evidence = page.getByRole('region', { name: 'Evidence drill' })
  await expect(evidence.getByRole('heading', { name: 'Where is this quote from?' })).toBeVisible()
  const choices = evidence.getByRole('list', { name: 'Choices' }).getByRole('button')
  const cites = await choices.locator('.option-main').allTextContents()
  expect(cites).toHaveLength(4)
  // Surname and two-digit year ("Scalia 06"), or a legal citation; never a bare title or "no pinpoint".
  for (const cite of cites) expect(cite).toMatch(/^(.+ \d{2}(, .+)?|.+ \(\d{4}\)|U\.S\. Const\..*|Cal\. Const\..*|Patman.*|Carrillo.*)$/)
  expect(await evidence.textContent()).not.toContain('no pinpoint')
  await choices.first().click()
  await screensAtWidths(page, 'practice-evidence-cites', evidence)
  expect(await axeProblems(page, '.evidence-drill')).toEqual([])
  await evidence.getByRole('group', { name: 'How well did you know it?' }).getByRole('button').first().click()
  await expect(evidence.getByRole('status').filter({ hasText: 'Next review of this card' })).toBeVisible()

  // Left after one card: the schedule changed, so History lists the drill, stopped part-way.
  await page.getByRole('tab', { name: 'History' }).click()
  const sessions = page.getByRole('table', { name: 'Practice sessions, newest first' })
  await expect(sessions.getByRole('row').filter({ hasText: 'Evidence drill' })).toContainText(/Stopped after 1 of \d+ cards/)
  await expect(sessions.getByRole('row').filter({ hasText: 'Evidence drill' })).toContainText(/[01] of 1 right/)
  await screensAtWidths(page, 'practice-history-partial')
  expect(errors).toEqual([])
  await server.stop()
})
