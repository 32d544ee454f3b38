import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { fillNewFlow, openPractice, startPractice } from '../support/practice'
import { screen, screensAllSizes } from '../support/screens'

const LD_MOTION = 'Resolved: A U.S. state has a constitutional right to secede.'

test('a rebuttal drill on the starter pack saves an answer into the map, and the history shows it', async ({ page }) => {
  const { server, errors } = await startPractice(page, 'Rebuttal drill', { starterPack: true })

  await page.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: LD_MOTION })
  await page.getByRole('combobox', { name: 'Your side' }).selectOption({ label: 'Neg' })
  await page.getByRole('button', { name: 'Pick a claim to answer' }).click()
  const round = page.getByRole('region', { name: 'Claim to answer' })
  const claim = (await round.getByRole('heading', { level: 2 }).textContent())!.trim()
  await expect(round).toContainText('Aff claim')
  await expect(round.getByRole('timer', { name: 'Time left to answer' })).toBeVisible()
  await round.getByLabel(/Your answer/).fill('Silence in the text is not a licence to leave\nTexas v. White: no exit but revolution or the consent of the States.')
  await screensAllSizes(page, 'practice-rebuttal')

  await round.getByRole('button', { name: 'Reveal the map’s answers' }).click()
  await expect(round.getByRole('region', { name: 'Answers already in the map' })).toBeVisible()
  await round.getByRole('radio', { name: /^4/ }).check()
  await round.getByRole('button', { name: 'Save answer to map' }).click()
  await expect(round.getByRole('status')).toContainText('Saved to the map as “Silence in the text is not a licence to leave”')
  await screensAllSizes(page, 'practice-rebuttal-saved')

  // Into the map: the answer is a response beneath the claim it answers, in the outline.
  await round.getByRole('button', { name: 'Show in the map' }).click()
  await expect(page.getByRole('heading', { level: 1, name: LD_MOTION })).toBeVisible()
  const answer = page.getByRole('tree').getByRole('treeitem', { name: /^[^:]+: Silence in the text is not a licence to leave/ })
  await expect(answer).toBeVisible()
  const parent = page.getByRole('tree').getByRole('treeitem', { name: new RegExp(`^[^:]+: ${claim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
  const parentLevel = Number(await parent.first().getAttribute('aria-level'))
  await expect(answer).toHaveAttribute('aria-level', String(parentLevel + 1))

  // The other side has nothing to answer in an empty motion: a clear message instead of a claim.
  await page.getByRole('complementary').getByRole('button', { name: 'New motion' }).click()
  await page.getByLabel('Motion', { exact: true }).fill('This house would abolish homework')
  await page.getByRole('button', { name: 'Create motion' }).click()
  await openPractice(page, 'Rebuttal drill')
  await page.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: 'This house would abolish homework' })
  await page.getByRole('button', { name: 'Pick a claim to answer' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'no claims on the' })).toContainText(
    'This motion has no claims on the Con side to answer. Add some, or practise the other side.'
  )

  // The session was recorded on the way to the map; the history lists it with its rating and the answer.
  await page.getByRole('tab', { name: 'History' }).click()
  const sessions = page.getByRole('table', { name: 'Practice sessions, newest first' })
  await expect(sessions.getByRole('row')).toHaveCount(2)
  await expect(sessions).toContainText('Rebuttal drill')
  await expect(sessions).toContainText('rated 4 of 5')
  await expect(sessions).toContainText(LD_MOTION)
  await expect(page.getByRole('figure').filter({ hasText: 'Weakest claims' })).toContainText(claim)
  await screensAllSizes(page, 'practice-history')

  // Pack drills: the prompt shows, the model answer only when asked for.
  await page.getByRole('tab', { name: 'Drills' }).click()
  const drill = page.getByRole('article', { name: 'Credibility drill: the 61 percent poll' })
  await expect(drill).toContainText('61 percent of Californians polled')
  await expect(drill.getByRole('region', { name: /Model answer/ })).toHaveCount(0)
  await drill.getByRole('button', { name: 'Show model answer' }).click()
  await expect(drill.getByRole('region', { name: /Model answer/ })).toContainText('Independent California Institute')
  await screen(page, 'practice-pack-drills')

  // A teacher writes a drill of their own; it is listed after the pack's, and can be put in a pack.
  await page.getByRole('button', { name: 'Write a drill…' }).click()
  const form = page.getByRole('form', { name: 'New drill' })
  await form.getByLabel('Motion').selectOption({ label: LD_MOTION })
  await form.getByLabel('Title').fill('Cross-examine the poll')
  await form.getByLabel('Prompt').fill('Write three questions for the side that reads the 61 percent poll.')
  await form.getByLabel(/Model answer/).fill('Who paid for it?')
  await form.getByRole('button', { name: 'Add drill' }).click()
  await expect(page.getByRole('article', { name: 'Cross-examine the poll' })).toContainText('Your drill')

  // The evidence drill asks about the pack's cards and schedules the next review.
  await page.getByRole('tab', { name: 'Evidence drill' }).click()
  await page.getByRole('button', { name: /^Review \d+ due cards/ }).click()
  const evidence = page.getByRole('region', { name: 'Evidence drill' })
  await evidence.getByRole('list', { name: 'Choices' }).getByRole('button').first().click()
  await expect(evidence.getByText(/✓ Right answer/)).toBeVisible()
  await screensAllSizes(page, 'practice-evidence')
  await evidence.getByRole('group', { name: 'How well did you know it?' }).getByRole('button').first().click()
  await expect(evidence.getByRole('status').filter({ hasText: 'Next review of this card' })).toBeVisible()

  expect(errors).toEqual([])
  await server.stop()
})

test('the timer runs two speeches of a Lincoln-Douglas round with the clock mocked', async ({ page }) => {
  // The page's clock stands still except when the test moves it; Practice is opened while the
  // clock still runs (React reveals a screen loaded on demand after a short timer).
  const { server, errors } = await startPractice(page, 'Timer', {
    beforeLoad: (p) => p.clock.install({ time: new Date('2026-01-05T10:00:00Z') })
  })
  await page.clock.pauseAt(new Date('2026-01-05T10:01:00Z'))
  const timer = page.getByRole('region', { name: 'Timer' })
  const clock = timer.getByRole('timer', { name: 'Time left in this speech' })
  await timer.getByLabel('Format').selectOption({ label: 'Lincoln-Douglas' })
  await expect(timer.locator('.timer-speech-name')).toHaveText('Affirmative Constructive (AC)')
  await expect(clock).toHaveText('6:00')

  await timer.getByRole('button', { name: 'Start', exact: true }).click()
  await page.clock.runFor(5 * 60_000)
  await expect(clock).toHaveText('1:00')
  await expect(timer.locator('.timer-cue')).toHaveText('One minute left')
  await page.clock.runFor(65_000)
  await expect(clock).toHaveText('-0:05')
  await expect(timer.locator('.timer-cue')).toHaveText('Time is up')
  await screensAllSizes(page, 'practice-timer-overtime')

  // N: the next speech, stopped at its full time; Space starts and pauses it.
  await page.keyboard.press('n')
  await expect(timer.locator('.timer-speech-name')).toHaveText('Cross-examination of the AC')
  await expect(clock).toHaveText('3:00')
  await page.keyboard.press('Space')
  await page.clock.runFor(30_000)
  await expect(clock).toHaveText('2:30')
  await page.keyboard.press('Space')
  await page.clock.runFor(60_000)
  await expect(clock).toHaveText('2:30')
  await expect(timer.getByRole('button', { name: 'Resume', exact: true })).toBeVisible()

  // Prep: O runs the Neg's four minutes; the speech clock stays where it was.
  await page.keyboard.press('o')
  await page.clock.runFor(90_000)
  await expect(timer.getByRole('timer', { name: 'Neg prep left' })).toHaveText('2:30')
  await expect(timer.getByRole('timer', { name: 'Aff prep left' })).toHaveText('4:00')
  await page.keyboard.press('o')
  await expect(clock).toHaveText('2:30')
  await screensAllSizes(page, 'practice-timer')

  // F: the projector layout, and back.
  await page.keyboard.press('f')
  await expect(timer).toHaveClass(/timer-fullscreen/)
  await screensAllSizes(page, 'practice-timer-fullscreen')
  await page.keyboard.press('f')
  await expect(timer).not.toHaveClass(/timer-fullscreen/)

  await timer.getByRole('button', { name: 'Save to history' }).click()
  await page.getByRole('tab', { name: 'History' }).click()
  await expect(page.getByRole('table', { name: 'Practice sessions, newest first' })).toContainText('Timed round')
  expect(errors).toEqual([])
  await server.stop()
})

test('a custom timing format with zero and absurd times is refused with every problem named', async ({ page }) => {
  const { server } = await startPractice(page, 'Timer')
  await page.getByRole('button', { name: 'New format…' }).click()
  const form = page.getByRole('form', { name: 'New timing format' })
  await form.getByLabel('Name', { exact: true }).fill('Club rules')
  await form.getByLabel('Speech 1 time').fill('0')
  await form.getByLabel('Speech 2 time').fill('600')
  await form.getByRole('button', { name: 'Save format' }).click()
  const problems = form.getByRole('list', { name: 'Problems with this format' })
  await expect(problems).toContainText('Speech 1 "First Affirmative Constructive (1AC)": time must be more than zero')
  await expect(problems).toContainText('Speech 2 "Cross-examination of the 1AC": time must be at most 60 minutes (got 600 minutes)')
  // The fields at fault are marked, so they can be found in a long list.
  await expect(form.getByLabel('Speech 1 time')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('Speech 2 time')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('Speech 3 time')).not.toHaveAttribute('aria-invalid', 'true')
  await screen(page, 'practice-format-problems')
  await form.getByLabel('Speech 1 time').fill('7')
  await form.getByLabel('Speech 2 time').fill('2:30')
  await form.getByRole('button', { name: 'Save format' }).click()
  const timer = page.getByRole('region', { name: 'Timer' })
  await expect(timer.getByLabel('Format')).toHaveValue(/.+/)
  await expect(timer.getByLabel('Format').locator('option:checked')).toHaveText('Club rules')
  await expect(timer.getByRole('timer', { name: 'Time left in this speech' })).toHaveText('7:00')
  await server.stop()
})

test('a flow sheet pulls a claim from the map, marks it dropped, saves, and exports as CSV and PDF', async ({ page }) => {
  const { server, errors } = await startPractice(page, 'Flow sheet', { starterPack: true })
  const form = await fillNewFlow(page, 'Practice round 1', 'Resolved: California would be better off as an independent country.')
  await expect(form.getByRole('combobox', { name: 'Format' })).toHaveValue('pf')
  await form.getByRole('button', { name: 'Start flow' }).click()

  const flow = page.getByRole('region', { name: 'Flow sheet Practice round 1' })
  const sheet = flow.getByRole('table', { name: 'Flow: Practice round 1' })
  await expect(sheet.getByRole('columnheader', { name: /Team A Constructive/ })).toBeVisible()
  await flow.getByLabel('Claim from the map').selectOption({ label: 'Pro: An independent California would be an economic power' })
  await flow.getByRole('button', { name: 'Pull into new row' }).click()
  const cell = sheet.getByRole('textbox', { name: 'Argument 1, Team A Constructive' })
  await expect(cell).toHaveValue('An independent California would be an economic power')
  await sheet.getByRole('textbox', { name: 'Argument 1, Team B Constructive' }).fill('=Upheaval risks the economy')
  await cell.focus()
  await flow.getByRole('group', { name: /^Mark argument 1, Team A Constructive/ }).getByRole('button', { name: 'Dropped' }).click()
  await expect(sheet.getByRole('textbox', { name: 'Argument 1, Team A Constructive (dropped)' })).toBeVisible()
  await flow.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(flow.getByRole('button', { name: 'Saved', exact: true })).toBeDisabled()
  await screensAllSizes(page, 'practice-flow')
  // Printing (or saving as PDF) gives the flow alone.
  await page.emulateMedia({ media: 'print' })
  await screen(page, 'practice-flow-print')
  await page.emulateMedia({ media: 'screen' })

  const download = page.waitForEvent('download')
  await flow.getByRole('button', { name: 'Export CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Practice-round-1.csv')
  const csv = (await readFile(await file.path())).toString('utf8')
  expect(csv).toContain('An independent California would be an economic power [dropped]')
  // A cell that starts like a spreadsheet formula is written as text.
  expect(csv).toContain("'=Upheaval risks the economy")

  // The PDF, printed from the saved sheet: the cells' text is in it.
  const pdfDownload = page.waitForEvent('download')
  await flow.getByRole('button', { name: 'Export PDF' }).click()
  const pdf = await pdfDownload
  expect(pdf.suggestedFilename()).toBe('Practice-round-1.pdf')
  const pdfText = execFileSync('pdftotext', [await pdf.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  // Cells wrap within their columns, so their words are checked rather than whole lines.
  for (const words of ['Practice round 1', 'Team A', '=Upheaval', 'An independent', '✗ dropped']) expect(pdfText).toContain(words)

  // Saved: it is listed, and opens again as it was.
  await flow.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('region', { name: 'Saved flows' }).getByRole('button', { name: /^Practice round 1/ }).click()
  await expect(page.getByRole('textbox', { name: 'Argument 1, Team A Constructive (dropped)' })).toHaveValue('An independent California would be an economic power')
  expect(errors).toEqual([])
  await server.stop()
})
