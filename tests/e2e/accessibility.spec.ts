import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { watchConsole } from '../support/slice'
import { verbatimDocx, type GeneratedItem } from '../support/verbatim-docx'
import { startWebMode, tempDataDir, type RunningWebMode } from '../support/web-mode'

/**
 * axe-core (WCAG 2.2 A and AA) on every screen, light and dark, narrow and wide: no serious or
 * critical violation. One page walks through the screens; at each, the four looks are checked
 * before moving on, so the app is navigated once and never rebuilt.
 */
const LOOKS = [
  ['light', 760],
  ['light', 1440],
  ['dark', 760],
  ['dark', 1440]
] as const

/** `only`: check just that part (a dialog, when the screen behind it is checked by its own test). */
async function problemsEverywhere(page: Page, screenName: string, only?: string): Promise<string[]> {
  const found: string[] = []
  for (const [scheme, width] of LOOKS) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width, height: 800 })
    // The brief's preview is a sandboxed frame (no scripts), where axe cannot run; its HTML is the export's.
    for (const v of await seriousViolations(page, { include: only, exclude: ['.brief-preview iframe'] })) {
      found.push(`${screenName} ${scheme} ${width}px: ${v.id} ×${v.count}: ${v.where.join('; ')}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1440, height: 800 })
  return found
}

// Under load (CI's two cores) axe takes seconds a look; each test checks several screens × four looks.
test.describe.configure({ timeout: 300_000 })

let server: RunningWebMode
// A server per test: its address lets in only the first browser context that opens it.
test.beforeEach(async () => {
  server = await startWebMode(tempDataDir(), [], { starterPack: true })
})
test.afterEach(async () => {
  await server.stop()
})

const sidebarPage = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) })

/** Opens the app with the starter pack's motion shown, and returns a checker that gathers problems. */
async function open(page: Page) {
  const errors = watchConsole(page)
  const problems: string[] = []
  await page.setViewportSize({ width: 1440, height: 800 })
  await page.goto(server.url)
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 })
  const check = async (name: string, only?: string) => {
    const found = await problemsEverywhere(page, name, only)
    if (process.env.A11Y_LOG) console.log(found.join('\n'))
    problems.push(...found)
  }
  return { check, problems, errors }
}

test('a motion’s outline, claim panel and weak spots pass axe-core', async ({ page }) => {
  const { check, problems, errors } = await open(page)
  await check('outline')
  await page.getByRole('tree').getByRole('treeitem').first().click()
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading').first()).toBeVisible()
  await check('claim panel')
  await page.getByRole('tab', { name: /^Weak spots/ }).click()
  await check('weak spots')
  expect(problems).toEqual([])
  expect(errors).toEqual([])
})

test('a motion’s columns and drawn map pass axe-core', async ({ page }) => {
  const { check, problems, errors } = await open(page)
  await page.getByRole('tree').getByRole('treeitem').first().click()
  await page.getByRole('tab', { name: 'Columns' }).click()
  await expect(page.locator('.columns-view')).toBeVisible()
  await check('columns')
  await page.getByRole('tab', { name: 'Map', exact: true }).click()
  await expect(page.locator('.map-main.view-map svg').first()).toBeVisible()
  await check('drawn map')
  expect(problems).toEqual([])
  expect(errors).toEqual([])
})

test('the brief, search and new motion dialogs pass axe-core', async ({ page }) => {
  const { check, problems, errors } = await open(page)
  await page.getByRole('button', { name: 'Brief…' }).click()
  await expect(page.getByRole('dialog', { name: 'Brief' })).toBeVisible()
  await expect(page.locator('.brief-preview iframe')).toBeVisible({ timeout: 60_000 })
  await check('brief dialog')
  await page.getByRole('dialog', { name: 'Brief' }).getByRole('button', { name: 'Close' }).click()

  await page.keyboard.press('Control+K')
  await page.getByRole('combobox').fill('speech')
  await expect(page.getByRole('option').first()).toBeVisible()
  await check('search dialog')
  await page.keyboard.press('Escape')

  await page.getByRole('complementary').getByRole('button', { name: 'New motion' }).click()
  await expect(page.getByLabel('Motion', { exact: true })).toBeVisible()
  await check('new motion')
  expect(problems).toEqual([])
  expect(errors).toEqual([])
})

test('sources, the reader and a source’s cards pass axe-core', async ({ page }) => {
  const { check, problems, errors } = await open(page)
  await sidebarPage(page, 'Sources & cards').click()
  await expect(page.getByRole('complementary', { name: 'Sources' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  await check('sources and reader')
  await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /· [1-9]\d* cards?/ }).first().click()
  await expect(page.locator('.card').first()).toBeVisible()
  await check('cards of a source')
  expect(problems).toEqual([])
  expect(errors).toEqual([])
})

test('the Import Verbatim file dialog passes axe-core: its preview and a refusal', async ({ page }) => {
  const { check, problems, errors } = await open(page)
  await sidebarPage(page, 'Sources & cards').click()
  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  const items: GeneratedItem[] = [
    { kind: 'pocket', text: '1AC' },
    { kind: 'block', text: 'Harms' },
    { kind: 'card', tag: 'Sales kill', citeHead: 'Bazzi 19', citeRest: ', "Arms," The Guardian, 6/8/2019', runs: [{ text: 'The sales ', mark: 'underline', highlight: 'yellow' }, { text: 'continue.' }] },
    { kind: 'analytic', tag: 'Extend the impact' }
  ]
  await page.getByLabel('Verbatim file to import').setInputFiles({ name: 'aff.docx', mimeType: docx, buffer: Buffer.from(await verbatimDocx(items)) })
  const dialog = page.getByRole('dialog', { name: 'Import Verbatim file' })
  await expect(dialog.getByRole('radio', { name: /^Card library only/ })).toBeFocused()
  // The dialog alone: the sources screen behind it (the whole Constitution) has its own test, and axe over both takes minutes on a busy machine.
  await check('verbatim import dialog', '.verbatim-dialog')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.getByLabel('Verbatim file to import').setInputFiles({ name: 'notes.docx', mimeType: docx, buffer: Buffer.from('not a Word file') })
  await expect(dialog.getByRole('alert')).toContainText('notes.docx')
  await check('verbatim import refused', '.verbatim-dialog')
  expect(problems).toEqual([])
  expect(errors).toEqual([])
})

test('packs and backups pass axe-core', async ({ page }) => {
  const { check, problems, errors } = await open(page)
  await sidebarPage(page, 'Packs').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Packs' })).toBeVisible()
  await check('packs')
  await page.getByRole('button', { name: /^Make a pack/ }).click()
  await check('make a pack')
  await page.getByRole('button', { name: 'Restore from a backup…' }).click()
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  await check('backups')
  expect(problems).toEqual([])
  expect(errors).toEqual([])
})

test('every practice screen passes axe-core', async ({ page }) => {
  const { check, problems, errors } = await open(page)
  await sidebarPage(page, 'Practice').click()
  for (const tab of ['Timer', 'Rebuttal drill', 'Evidence drill', 'Drills', 'Flow sheet', 'History']) {
    await page.getByRole('tab', { name: tab, exact: true }).click()
    await expect(page.getByRole('tabpanel').first()).toBeVisible()
    await check(`practice: ${tab}`)
  }
  expect(problems).toEqual([])
  expect(errors).toEqual([])
})

/** Whether the focused element is inside the element matched by `selector`. */
const focusInside = (page: Page, selector: string) => page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)

test('modal dialogs keep Tab and Shift+Tab inside, close on Escape and give focus back to their opener', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(server.url)
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 })

  // The brief builder, opened from the keyboard.
  const briefButton = page.getByRole('button', { name: 'Brief…' })
  await briefButton.focus()
  await page.keyboard.press('Enter')
  const brief = page.getByRole('dialog', { name: 'Brief' })
  await expect(brief).toBeVisible()
  expect(await focusInside(page, '[role="dialog"]')).toBe(true)
  // More Tabs than the dialog has controls: focus wraps and never reaches the outline behind.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    expect(await focusInside(page, '[role="dialog"]'), `Tab ${i + 1} left the brief`).toBe(true)
  }
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Shift+Tab')
    expect(await focusInside(page, '[role="dialog"]'), `Shift+Tab ${i + 1} left the brief`).toBe(true)
  }
  // Shift+Tab from the first control wraps to the end, and Tab from there back to the first.
  const first = brief.getByRole('button', { name: 'Word' })
  await first.focus()
  await page.keyboard.press('Shift+Tab')
  await expect(first).not.toBeFocused()
  expect(await focusInside(page, '[role="dialog"]')).toBe(true)
  await page.keyboard.press('Tab')
  await expect(first).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(brief).toBeHidden()
  await expect(briefButton).toBeFocused()

  // The search dialog, from a claim of the outline.
  const firstRow = page.getByRole('tree').getByRole('treeitem').first()
  await firstRow.click()
  await page.keyboard.press('Control+K')
  const search = page.getByRole('dialog', { name: 'Search everything' })
  await expect(search.getByRole('combobox')).toBeFocused()
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    expect(await focusInside(page, '[role="dialog"]'), `${key} left the search`).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(search).toBeHidden()
  expect(await page.evaluate(() => document.activeElement?.closest('[role="tree"]') !== null)).toBe(true)
})

test('outline rows say their stance, tag and cards, so support is heard apart from attack', async ({ page }) => {
  await page.goto(server.url)
  const tree = page.getByRole('tree')
  await expect(tree.getByRole('treeitem').first()).toBeVisible()
  // The starter motion: a contention with 2 cards, attacked by a claim with 1 card.
  await expect(tree.getByRole('treeitem', { level: 1 }).first()).toHaveAccessibleName(/^Aff: .+, 2 cards$/)
  await expect(tree.getByRole('treeitem', { level: 2 }).first()).toHaveAccessibleName(/^Attacks: .+, 1 card$/)
})
