import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createLibrarySerializer } from '../../electron/main/store/serialize'
import { generateLibrary } from '../support/generate'
import { screen } from '../support/screens'
import { startWebMode, tempDataDir, type RunningWebMode } from '../support/web-mode'

/** The drawn map of a 35-claim motion: twelve contentions, responses beneath the first few. */
let server: RunningWebMode
// A server per test: its address lets in only the first browser context that opens it.
test.beforeEach(async () => {
  const dataDir = tempDataDir()
  writeFileSync(join(dataDir, 'casebook.json'), createLibrarySerializer()(generateLibrary(35)))
  server = await startWebMode(dataDir)
})
test.afterEach(async () => {
  await server.stop()
})

const canvas = (page: Page) => page.locator('.mapv-svg')
const box = (page: Page, id: string) => page.locator(`[data-node-id="${id}"] .mapv-box`)

/** The view's zoom and pan, read from the scene's transform: a map point p shows at (x + k·p). */
async function view(page: Page) {
  const transform = (await page.locator('.mapv-svg > g').last().getAttribute('transform')) ?? ''
  const [, x, y] = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(transform) ?? []
  const k = /scale\(([-\d.e]+)\)/.exec(transform)?.[1] ?? '1'
  return { x: Number(x), y: Number(y), k: Number(k) }
}

async function openMap(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height })
  await page.goto(server.url)
  // The view last chosen is remembered: after the first visit, the map opens at once.
  await expect(page.getByRole('tab', { name: 'Map', exact: true })).toBeVisible({ timeout: 30_000 })
  await page.getByRole('tab', { name: 'Map', exact: true }).click()
  await expect(box(page, 'bench-motion')).toBeVisible()
}

test('Fit shows the top of a 35-claim map at a readable size, in a canvas no taller than the window', async ({ page }) => {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
    [760, 800]
  ] as const) {
    await openMap(page, width, height)
    const area = (await canvas(page).boundingBox())!
    expect(area.y + area.height, `canvas inside the window at ${width} px`).toBeLessThanOrEqual(height)
    const motion = (await box(page, 'bench-motion').boundingBox())!
    // Drawn at 0.7 or more of its 224 px: its words can be read.
    expect(motion.width, `motion box's width at ${width} px`).toBeGreaterThanOrEqual(224 * 0.7 - 1)
    // At the top of the canvas, not at the bottom of an empty one.
    expect(motion.y, `motion box at the top at ${width} px`).toBeLessThan(area.y + area.height / 3)
    expect(motion.y).toBeGreaterThanOrEqual(area.y)
    // And at least one contention (a box one level down) whole on the canvas.
    const contentionsInView = await page.evaluate((a) => {
      return [...document.querySelectorAll('.mapv-node')].filter((node) => {
        const id = node.getAttribute('data-node-id') ?? ''
        const r = node.querySelector('.mapv-box')!.getBoundingClientRect()
        const contention = /^claim-(\d+)$/.exec(id) !== null && Number(id.slice(6)) < 12
        return contention && r.left >= a.x && r.top >= a.y && r.right <= a.x + a.width && r.bottom <= a.y + a.height
      }).length
    }, area)
    expect(contentionsInView, `contentions in view at ${width} px`).toBeGreaterThan(0)
    await screen(page, `map-fit-35-claims-${width}`)
    // Fit, asked again after panning away, comes back to the same view.
    const fitted = await view(page)
    await canvas(page).hover({ position: { x: 20, y: area.height - 20 } })
    await page.mouse.down()
    await page.mouse.move(area.x + 300, area.y + 40, { steps: 4 })
    await page.mouse.up()
    await page.getByRole('button', { name: 'Fit to screen' }).click()
    await expect.poll(async () => (await view(page)).k).toBeCloseTo(fitted.k, 3)
  }
})

test('the wheel zooms about the pointer over empty space, and never throws the map off screen', async ({ page }) => {
  await openMap(page, 1280, 800)
  const area = (await canvas(page).boundingBox())!
  // An empty point of the canvas: the background under the pointer, no box.
  const point = { x: area.x + area.width - 30, y: area.y + area.height - 30 }
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('mapv-background'), point)).toBe(true)
  await page.mouse.move(point.x, point.y)
  const before = await view(page)
  const mapPoint = { x: (point.x - area.x - before.x) / before.k, y: (point.y - area.y - before.y) / before.k }
  await page.mouse.wheel(0, -200)
  await expect.poll(async () => (await view(page)).k).toBeGreaterThan(before.k)
  const zoomed = await view(page)
  expect(area.x + zoomed.x + zoomed.k * mapPoint.x).toBeCloseTo(point.x, 0)
  expect(area.y + zoomed.y + zoomed.k * mapPoint.y).toBeCloseTo(point.y, 0)

  // Out, far, over empty space: part of the map stays in the canvas, and the page behind does not scroll.
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 600)
  await page.waitForTimeout(100)
  const scene = (await page.locator('.mapv-svg > g').last().boundingBox())!
  expect(scene.x + scene.width).toBeGreaterThan(area.x)
  expect(scene.x).toBeLessThan(area.x + area.width)
  expect(scene.y + scene.height).toBeGreaterThan(area.y)
  expect(scene.y).toBeLessThan(area.y + area.height)
  expect(await page.locator('.main').evaluate((main) => main.scrollTop)).toBe(0)
  // Dragged far away: still some of the map on screen.
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
  await page.mouse.down()
  await page.mouse.move(area.x - 3000, area.y - 3000, { steps: 6 })
  await page.mouse.up()
  const dragged = (await page.locator('.mapv-svg > g').last().boundingBox())!
  expect(dragged.x + dragged.width).toBeGreaterThan(area.x)
  expect(dragged.y + dragged.height).toBeGreaterThan(area.y)
})

test('a claim selected before the map opens is in view on the map', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto(server.url)
  // The last contention: at the far right of the map's widest row (found, as the outline is long).
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible({ timeout: 30_000 })
  await page.getByRole('searchbox', { name: 'Find in this motion' }).fill('Claim 11')
  const row = page.getByRole('tree').getByRole('treeitem', { name: /^[^:]+: Claim 11:/ })
  await row.click()
  await page.getByRole('tab', { name: 'Map', exact: true }).click()
  const area = (await canvas(page).boundingBox())!
  const selected = box(page, 'claim-11')
  await expect
    .poll(async () => {
      const b = await selected.boundingBox()
      return b !== null && b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height
    })
    .toBe(true)
})
