import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { expect, test, type Page } from '@playwright/test'
import { screensAllSizes } from '../support/screens'
import { watchConsole, watchDialogs } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const STARTER = 'This House believes California should secede from the United States.'

async function openPacks(page: Page) {
  await page.getByRole('button', { name: /^Packs/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Packs' })).toBeVisible()
}

async function choosePack(page: Page, name: string, content: string) {
  await page.getByLabel('Pack file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
}

test('a new user’s first screen shows the starter pack', async ({ page }) => {
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  const errors = watchConsole(page)
  await page.goto(server.url)
  const motions = page.getByRole('navigation', { name: 'Motions' })
  await expect(motions.getByRole('button')).toHaveCount(3)
  await motions.getByRole('button', { name: new RegExp(STARTER.slice(0, 40)) }).click()
  await expect(page.getByRole('treeitem', { name: /^[^:]+: Secession is legally barred/ })).toBeVisible()
  await screensAllSizes(page, 'first-run')
  expect(errors).toEqual([])
  await server.stop()
})

test('import a pack with markup in every text field: shown as text, no script runs', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  const dialogs = watchDialogs(page)
  await page.goto(server.url)
  const evil = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>'
  const pack = {
    format: 'casebook-pack',
    version: 1,
    meta: { id: 'evil-pack', title: `Pack ${evil}`, version: '1', author: evil, organisation: evil, description: evil, level: evil, license: evil },
    motions: [{ id: 'm1', title: `Motion ${evil}`, description: evil }],
    claims: [{ id: 'c1', motionId: 'm1', stance: 'pro', title: `Claim ${evil}`, body: evil, notes: evil, tags: ['<b>tag</b>'], evidence: ['q1'] }],
    sources: [{ id: 's1', kind: 'web', title: `Source ${evil}`, authors: [{ literal: evil }], publisher: evil, url: 'javascript:alert(1)' }],
    quotes: [{ id: 'q1', sourceId: 's1', text: evil, tag: evil, pinpoint: evil, speaker: evil, note: evil }],
    drills: [{ id: 'd1', motionId: 'm1', title: `Drill ${evil}`, prompt: evil, modelAnswer: evil }]
  }
  await openPacks(page)
  await choosePack(page, 'evil.casebook', JSON.stringify(pack))
  const preview = page.getByRole('region', { name: 'Preview of evil.casebook' })
  await expect(preview.getByRole('heading', { name: `Pack ${evil}` })).toBeVisible()
  await preview.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible()
  await page.getByRole('button', { name: 'Open its first motion' }).click()
  await expect(page.getByRole('treeitem', { name: new RegExp('^[^:]+: Claim <img') })).toBeVisible()
  await page.getByRole('treeitem', { name: new RegExp('^[^:]+: Claim <img') }).click()
  await expect(page.locator('.card-text').first()).toHaveText(evil)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('img[src="x"], main script').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
  await server.stop()
})

test('a refused pack names its problem and changes nothing; a good one previews, imports and updates', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await openPacks(page)
  const good = (version: string, title: string) => ({
    format: 'casebook-pack',
    version: 1,
    meta: { id: 'civics', title: 'Civics unit', version, author: 'Ms Rivera' },
    motions: [{ id: 'm1', title: 'THW abolish the electoral college', format: 'pf' }],
    claims: [{ id: 'c1', motionId: 'm1', stance: 'pro', title }]
  })
  const broken = { ...good('1', 'x'), claims: [{ id: 'c1', motionId: 'm9', stance: 'pro', title: 'x' }] }
  await choosePack(page, 'broken.casebook', JSON.stringify(broken))
  await expect(page.locator('.pack-import').getByRole('alert')).toHaveText('broken.casebook cannot be imported: Claim 1: no motion "m9" in the pack (in the file: claims[0].motionId). Nothing was imported.')
  await expect(page.getByRole('navigation', { name: 'Motions' })).toContainText('No motions yet.')

  await choosePack(page, 'civics.casebook', JSON.stringify(good('1.0', 'Every vote should count equally')))
  await expect(page.getByRole('region', { name: 'Preview of civics.casebook' })).toContainText('A new pack: version 1.0.')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Civics unit' })).toContainText('Version 1.0 · by Ms Rivera')

  await choosePack(page, 'civics-2.casebook', JSON.stringify(good('1.1', 'Every vote must count equally')))
  const preview = page.getByRole('region', { name: 'Preview of civics-2.casebook' })
  await expect(preview).toContainText('An update: version 1.0 to 1.1.')
  await expect(preview.getByRole('row', { name: /Claims/ })).toContainText('1')
  await screensAllSizes(page, 'pack-preview')
  await preview.getByRole('button', { name: 'Update' }).click()
  await page.getByRole('button', { name: 'Open its first motion' }).click()
  await expect(page.getByRole('treeitem', { name: /^[^:]+: Every vote must count equally/ })).toBeVisible()
  await server.stop()
})

test('a pack by someone else under an installed pack’s id is shown as such, and updates only once the user trusts it', async ({ page }) => {
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  await page.goto(server.url)
  await openPacks(page)
  // The attack: the starter pack's id, a higher version, its own single locked motion.
  const impostor = {
    format: 'casebook-pack',
    version: 1,
    meta: { id: 'california-secession', title: 'Could California leave the United States?', version: '9.0', author: 'Someone Else', organisation: 'Elsewhere' },
    motions: [{ id: 'm1', title: 'THW obey the impostor', locked: true }]
  }
  await choosePack(page, 'impostor.casebook', JSON.stringify(impostor))
  const preview = page.getByRole('region', { name: 'Preview of impostor.casebook' })
  await expect(preview).toContainText('The installed pack was made by “Casebook” (Casebook); this one by “Someone Else” (Elsewhere).')
  const update = preview.getByRole('button', { name: 'Update' })
  await expect(update).toBeDisabled()
  await screensAllSizes(page, 'pack-preview-new-author')
  await preview.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('navigation', { name: 'Motions' }).getByRole('button')).toHaveCount(3)

  await choosePack(page, 'impostor.casebook', JSON.stringify(impostor))
  await preview.getByRole('checkbox', { name: /I trust this pack/ }).check()
  await update.click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Could California leave' })).toContainText('Version 9.0 · by Someone Else')
  await server.stop()
})

test('a teacher makes a student edition of a motion and downloads it', async ({ page }) => {
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  await page.goto(server.url)
  await openPacks(page)
  await page.getByRole('button', { name: 'Make a pack…' }).click()
  const form = page.getByRole('form', { name: 'Make a pack for a class' })
  await form.getByRole('checkbox', { name: /Resolved: A U.S. state has a constitutional right to secede/ }).check()
  await form.getByLabel('Pack title').fill('Secession for Year 11')
  await form.getByLabel('Author').fill('Mr Okafor')
  await form.getByRole('checkbox', { name: /Student edition/ }).check()
  await screensAllSizes(page, 'pack-export')
  const download = page.waitForEvent('download')
  await form.getByRole('button', { name: 'Export pack…' }).click()
  const file = await (await download).path()
  // The command line accepts what the app wrote.
  expect(execFileSync(process.execPath, ['bin/casebook.js', 'pack', 'validate', file], { encoding: 'utf8' })).toContain('a valid pack')
  const pack = JSON.parse(readFileSync(file, 'utf8'))
  expect(pack.meta).toMatchObject({ id: 'secession-for-year-11', title: 'Secession for Year 11', author: 'Mr Okafor', edition: 'student' })
  expect(pack.motions.map((m: { title: string }) => m.title)).toEqual(['Resolved: A U.S. state has a constitutional right to secede.'])
  expect(pack.drills.every((d: { modelAnswer: string }) => d.modelAnswer === '')).toBe(true)
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toContainText('Saved “Secession for Year 11” version 1.0 (student edition)')
  await screensAllSizes(page, 'packs')
  await server.stop()
})


test('an installed pack can be removed after a confirmation, and cards no claim cites are offered for a pack', async ({ page }) => {
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  await page.goto(server.url)
  await openPacks(page)
  await expect(page.locator('.pack-item').first()).toContainText(/\d+ motions?, \d+ claims?/)
  await expect(page.locator('.pack-item').first()).not.toContainText(/\b1 motions\b/)
  // Cards no claim cites are offered by source.
  await page.getByRole('button', { name: 'Make a pack…' }).click()
  const form = page.getByRole('form', { name: 'Make a pack for a class' })
  const unlinked = form.getByRole('group', { name: /Cards not linked to a claim/ })
  if (await unlinked.count()) await expect(unlinked.getByRole('checkbox').first()).toBeVisible()
  await form.getByRole('button', { name: 'Cancel' }).click()
  // Remove asks first; Keep it changes nothing.
  await page.getByRole('button', { name: /^Remove “Could California leave/ }).click()
  await expect(page.getByRole('group', { name: /^Remove “Could California leave/ })).toBeVisible()
  await screensAllSizes(page, 'pack-remove-confirm')
  await page.getByRole('button', { name: 'Keep it' }).click()
  await expect(page.locator('.pack-item')).toHaveCount(1)
  await page.getByRole('button', { name: /^Remove “Could California leave/ }).click()
  await page.getByRole('button', { name: 'Remove the pack' }).click()
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toContainText('Removed “Could California leave')
  await expect(page.getByText('No packs yet.')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Motions' }).getByRole('button')).toHaveCount(0)
  await server.stop()
})

test('import a Kialo discussion as a new motion, then export it as Argdown', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New motion' }).first().click()
  const kialo = [
    'Discussion Title: Should California leave the United States?',
    '',
    '1. California should leave the United States.',
    '1.1. Pro: California could stand on its own economically.',
    '1.1.1. Con: Economic size does not make leaving lawful.',
    '1.2. Con: Secession is legally barred.',
    ''
  ].join('\n')
  await page.getByLabel('Kialo or Argdown file to import').setInputFiles({ name: 'calexit.txt', mimeType: 'text/plain', buffer: Buffer.from(kialo) })
  await expect(page.getByRole('heading', { level: 1, name: 'California should leave the United States.' })).toBeVisible()
  await expect(page.getByRole('treeitem', { name: /^[^:]+: Economic size does not make leaving lawful/ })).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Argdown' }).click()
  const text = readFileSync(await (await download).path(), 'utf8')
  expect(text).toContain('California could stand on its own economically.')
  await server.stop()
})

/** An operation called as the page calls it, with the page's session. */
async function invoke<T>(page: Page, name: string, input: unknown): Promise<T> {
  const outcome = await page.evaluate(
    async ([n, i]) => (await fetch('/api/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: n, input: i }) })).json(),
    [name, input] as const
  )
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`)
  return outcome.data as T
}

test('a pack whose document text cannot be read says so, and goes without it when the teacher agrees', async ({ page }) => {
  const dataDir = tempDataDir()
  const first = await startWebMode(dataDir)
  await page.goto(first.url)
  const { source } = await invoke<{ source: { id: string; document: { textHash: string } } }>(page, 'source.importDocument', {
    fileName: 'memo.txt',
    base64: Buffer.from('Every word of this memo is kept.\n').toString('base64')
  })
  const motion = await invoke<{ id: string }>(page, 'motion.create', { title: 'THW keep every word' })
  const claim = await invoke<{ claimId: string }>(page, 'claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: 'Words matter' })
  const card = await invoke<{ id: string }>(page, 'quote.create', { sourceId: source.id, unitId: 'para-1', range: { start: 0, end: 10 } })
  await invoke(page, 'claim.link', { claimId: claim.claimId, quoteId: card.id, linked: true })
  await first.stop()
  // The text file changed on disk: never trusted, so never packed.
  const textFile = join(dataDir, 'texts', `${source.document.textHash}.json`)
  writeFileSync(textFile, readFileSync(textFile, 'utf8').replace('Every', 'Not every'))

  const server = await startWebMode(dataDir)
  await page.goto(server.url)
  await openPacks(page)
  await page.getByRole('button', { name: 'Make a pack…' }).click()
  const form = page.getByRole('form', { name: 'Make a pack for a class' })
  await form.getByRole('checkbox', { name: /THW keep every word/ }).check()
  await form.getByLabel('Pack title').fill('Every word')
  await form.getByRole('button', { name: 'Export pack…' }).click()
  await expect(form.getByRole('alert')).toContainText('The text of “memo” cannot be read from the data folder (missing or damaged). Leave it out')
  const leaveOut = form.getByRole('checkbox', { name: /Leave out the texts that do not fit/ })
  await leaveOut.focus()
  await page.keyboard.press('Space')
  await expect(leaveOut).toBeChecked()
  await screensAllSizes(page, 'pack-export-text-left-out', form)
  const download = page.waitForEvent('download')
  await form.getByRole('button', { name: 'Export pack…' }).click()
  const pack = JSON.parse(readFileSync(await (await download).path(), 'utf8'))
  expect(pack).toMatchObject({ version: 1, texts: [], quotes: [{ text: 'Every word', unitId: null, range: null }] })
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toContainText('Saved “Every word” version 1.0 as Every-word.casebook (without the text of “memo”: cited only)')
  await server.stop()
})
