import { expect, test, type Page } from '@playwright/test'
import { screen, screensAllSizes } from '../support/screens'
import { createMotion, watchConsole } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const tree = (page: Page) => page.getByRole('tree')

/** The narrowest and a wide window the layout is meant for, light and dark. */
async function screensNarrowAndWide(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const [width, height] of [
      [760, 900],
      [1440, 900]
    ] as const) {
      await page.setViewportSize({ width, height })
      await screen(page, `${name}-${width}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
}
const row = (page: Page, title: string) => tree(page).getByRole('treeitem', { name: new RegExp(`^[^:]+: ${title}`) })

/** The outline as text, read in one go: one line per visible row, indented two spaces per level. */
function outlineText(page: Page): Promise<string[]> {
  return tree(page).evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('[role="treeitem"]')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((r) => {
        const level = Number(r.getAttribute('aria-level'))
        const badge = r.querySelector<HTMLElement>('.badge')?.innerText ?? ''
        const title = r.querySelector<HTMLElement>('.outline-title')?.innerText ?? ''
        return `${'  '.repeat(level - 1)}${badge} ${title}`
      })
  )
}

async function type(page: Page, text: string, key = 'Enter') {
  await page.keyboard.type(text)
  await page.keyboard.press(key)
}

test('a three-level case built from the keyboard alone, reordered, reparented, undone and redone, and kept across a restart', async ({ page }) => {
  // Twelve screenshots and a restart: more than the default minute on a busy machine.
  test.setTimeout(120_000)
  const dataDir = tempDataDir()
  let server = await startWebMode(dataDir)
  const errors = watchConsole(page)
  await page.goto(server.url)
  await createMotion(page, 'This House believes California should secede from the United States', 'British Parliamentary')

  // Enter in an empty outline starts the first contention; Enter after each adds a sibling.
  await tree(page).focus()
  await page.keyboard.press('Enter')
  await type(page, 'California could stand alone')
  await type(page, 'Secession has no lawful route', 'Tab')
  // Tab in the draft after "Secession…" was typed made it a response to the claim above.
  await type(page, 'An amendment could open one')
  await page.keyboard.press('Escape')
  await expect.poll(() => outlineText(page)).toEqual([
    'GOV California could stand alone',
    '  ATTACKS Secession has no lawful route',
    '  ATTACKS An amendment could open one'
  ])

  // Outdent "An amendment…" (Shift+Tab), then make it answer "Secession…" (Tab) — a third level.
  await row(page, 'An amendment').click()
  await page.keyboard.press('Shift+Tab')
  await expect.poll(() => outlineText(page)).toEqual([
    'GOV California could stand alone',
    '  ATTACKS Secession has no lawful route',
    'OPP An amendment could open one'
  ])
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('s') // flip: supports
  await expect(row(page, 'An amendment')).toContainText(/supports/i)
  await page.keyboard.press('s') // and back: attacks
  await expect.poll(() => outlineText(page)).toEqual([
    'GOV California could stand alone',
    '  ATTACKS Secession has no lawful route',
    '    ATTACKS An amendment could open one'
  ])

  // A second contention, then reorder it above the first with Alt+Up.
  await row(page, 'California could stand alone').click()
  await page.keyboard.press('ArrowLeft') // collapse
  await expect(row(page, 'California could stand alone')).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Enter')
  await type(page, 'The Union is perpetual')
  await page.keyboard.press('Escape')
  await row(page, 'The Union is perpetual').click()
  await page.keyboard.press('s')
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => outlineText(page)).toEqual(['OPP The Union is perpetual', 'GOV California could stand alone'])

  // Undo the reorder and the flip; redo the reorder... then redo is refused once history forks.
  await page.keyboard.press('Control+z')
  await expect.poll(() => outlineText(page)).toEqual(['GOV California could stand alone', 'OPP The Union is perpetual'])
  await page.keyboard.press('Control+z')
  await expect(row(page, 'The Union is perpetual')).toContainText(/gov/i)
  await page.keyboard.press('Control+Shift+z')
  await expect(row(page, 'The Union is perpetual')).toContainText(/opp/i)

  // Delete a whole subtree, and undo it.
  await row(page, 'California could stand alone').click()
  await page.keyboard.press('ArrowRight') // expand
  await page.keyboard.press('Delete')
  await expect.poll(() => outlineText(page)).toEqual(['OPP The Union is perpetual'])
  await expect(page.getByText('Deleted “California could stand alone” and 2 responses')).toBeAttached()
  await page.keyboard.press('Control+z')
  await expect.poll(() => outlineText(page)).toEqual([
    'GOV California could stand alone',
    '  ATTACKS Secession has no lawful route',
    '    ATTACKS An amendment could open one',
    'OPP The Union is perpetual'
  ])

  // Reparent by drag: drop "The Union is perpetual" onto "Secession has no lawful route".
  await row(page, 'The Union is perpetual').dragTo(row(page, 'Secession has no lawful route'))
  await expect.poll(() => outlineText(page)).toEqual([
    'GOV California could stand alone',
    '  ATTACKS Secession has no lawful route',
    '    ATTACKS An amendment could open one',
    '    ATTACKS The Union is perpetual'
  ])

  await screensAllSizes(page, 'outline')
  await page.getByRole('tab', { name: 'Columns' }).click()
  await expect(page.locator('.side-pro .claim-title', { hasText: 'California could stand alone' })).toBeVisible()
  await screensAllSizes(page, 'columns')
  await page.getByRole('tab', { name: 'Map' }).click()
  await expect(page.locator('svg')).toBeVisible()
  await screensAllSizes(page, 'map')

  // Restart: everything is kept.
  await server.stop()
  server = await startWebMode(dataDir)
  await page.goto(server.url)
  await page.getByRole('tab', { name: 'Outline' }).click()
  await expect.poll(() => outlineText(page)).toEqual([
    'GOV California could stand alone',
    '  ATTACKS Secession has no lawful route',
    '    ATTACKS An amendment could open one',
    '    ATTACKS The Union is perpetual'
  ])
  expect(errors).toEqual([])
  await server.stop()
})

test('a whole outline typed with no pause between keys comes out as typed: 12 contentions, 3 responses each', async ({ page }) => {
  // 400-odd keys, each sent and acknowledged on its own, and a reload.
  test.setTimeout(150_000)
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  // Tall enough that every one of the 48 rows is drawn (the outline is virtualised).
  await page.setViewportSize({ width: 1280, height: 2200 })
  await page.goto(server.url)
  await createMotion(page, 'This House would abolish the Electoral College', 'British Parliamentary')
  await tree(page).focus()
  await page.keyboard.press('Enter')
  const expected: string[] = []
  for (let c = 1; c <= 12; c++) {
    // Enter adds a sibling; text then Tab answers the claim above; Shift+Tab on an empty draft steps out.
    await page.keyboard.type(`Contention ${c}`)
    await page.keyboard.press('Enter')
    await page.keyboard.type(`Response ${c}.1`)
    await page.keyboard.press('Tab')
    await page.keyboard.type(`Response ${c}.2`)
    await page.keyboard.press('Enter')
    await page.keyboard.type(`Response ${c}.3`)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Shift+Tab')
    expected.push(`GOV Contention ${c}`, `  ATTACKS Response ${c}.1`, `  ATTACKS Response ${c}.2`, `  ATTACKS Response ${c}.3`)
  }
  await page.keyboard.press('Escape')
  await expect.poll(() => outlineText(page), { timeout: 20_000 }).toEqual(expected)
  // As stored, not only as shown.
  await page.reload()
  await expect.poll(() => outlineText(page)).toEqual(expected)
  expect(errors).toEqual([])
  await server.stop()
})

test('Enter after an F2 rename saves the tag and goes back to the outline, adding nothing', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  await page.goto(server.url)
  await createMotion(page, 'This House would abolish the Electoral College', 'British Parliamentary')
  await tree(page).focus()
  await page.keyboard.press('Enter')
  await type(page, 'Small states lose a voice')
  await page.keyboard.press('Escape')
  await row(page, 'Small states lose a voice').click()
  await page.keyboard.press('F2')
  await page.keyboard.press('Control+a')
  await type(page, 'Small states keep their voice')
  await expect.poll(() => outlineText(page)).toEqual(['GOV Small states keep their voice'])
  await expect(tree(page).getByRole('textbox')).toHaveCount(0)
  await expect(row(page, 'Small states keep their voice')).toHaveAttribute('aria-selected', 'true')
  await expect(tree(page)).toBeFocused()
  await page.reload()
  await expect.poll(() => outlineText(page)).toEqual(['GOV Small states keep their voice'])
  await server.stop()
})

test('a locked pack claim cannot be deleted or renamed from the keyboard or the menu; an own subtree’s delete shows Undo', async ({ page }) => {
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  // Tall enough that the whole starter motion is drawn (the outline is virtualised).
  await page.setViewportSize({ width: 1280, height: 1600 })
  await page.goto(server.url)
  const openStarterMotion = () => page.getByRole('navigation', { name: 'Motions' }).getByRole('button', { name: /should secede/ }).click()
  await openStarterMotion()
  const locked = row(page, 'Secession is legally barred')
  await locked.click()
  await page.keyboard.press('Delete')
  await expect(page.getByRole('status').filter({ hasText: /locked/ })).toContainText('“Secession is legally barred” comes locked from its pack and cannot be deleted')
  await page.keyboard.press('F2')
  await expect(tree(page).getByRole('textbox')).toHaveCount(0)
  await locked.click({ button: 'right' })
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: /Delete/ })).toHaveAttribute('aria-disabled', 'true')
  await expect(menu.getByRole('menuitem', { name: /Edit tag/ })).toHaveAttribute('aria-disabled', 'true')
  await page.keyboard.press('Escape')
  await page.reload()
  await openStarterMotion()
  await expect(locked).toBeVisible()
  await expect(row(page, 'Texas v. White itself leaves a lawful door open')).toBeVisible()

  // A subtree of the user's own under the locked claim: deleted at once, with an Undo in view.
  await locked.click()
  await page.keyboard.press('Control+Enter')
  await type(page, 'Courts have never ruled on it')
  await type(page, 'Texas v. White did rule', 'Tab')
  await page.keyboard.press('Escape')
  await expect(row(page, 'Texas v. White did rule')).toHaveAttribute('aria-level', '3')
  await row(page, 'Courts have never ruled on it').click()
  await page.keyboard.press('Delete')
  await expect(row(page, 'Courts have never ruled on it')).toHaveCount(0)
  const undoBar = page.getByRole('status').filter({ hasText: 'Deleted “Courts have never ruled on it” and 1 response' })
  await expect(undoBar).toBeVisible()
  await screensNarrowAndWide(page, 'outline-undo-delete')
  await undoBar.getByRole('button', { name: 'Undo' }).click()
  await expect(row(page, 'Texas v. White did rule')).toBeVisible()
  await page.getByRole('tab', { name: 'Columns' }).click()
  // The columns ask the same lock: a locked claim offers Respond, not Rename or Delete; the user's own offer all three.
  await expect(page.getByRole('button', { name: 'Respond to “Secession is legally barred”' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Delete “Secession is legally barred”' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Rename “Secession is legally barred”' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Delete “Courts have never ruled on it”' })).toBeVisible()
  await screensNarrowAndWide(page, 'columns-after-commands')
  await server.stop()
})
