import { expect, test } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { axeProblems } from '../support/look'

/**
 * The accessibility checks pass only when axe-core finds nothing, so the checker must find what
 * is there: a page with known faults, in the theme and part of the page asked for.
 */
const FAULTY = `<!doctype html><html lang="en"><head><title>Faults</title>
<style>
  @media (prefers-color-scheme: dark) { .dark-only-faint { color: #333; background: #222 } }
</style></head>
<body><main>
  <h1>Faults on purpose</h1>
  <section id="unnamed"><button id="nameless"></button></section>
  <section id="faint"><p class="dark-only-faint">Readable in light, faint in dark.</p></section>
</main></body></html>`

test('the axe checker names each serious violation and where it is, page-wide or in one part, and per theme', async ({ page }) => {
  await page.setContent(FAULTY)
  await page.emulateMedia({ colorScheme: 'light' })
  const light = await seriousViolations(page)
  expect(light.map((v) => [v.id, v.count])).toEqual([['button-name', 1]])
  expect(light[0]?.where[0]).toMatch(/^#nameless \(.+\)$/)

  await page.emulateMedia({ colorScheme: 'dark' })
  expect((await seriousViolations(page)).map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast'])
  expect((await seriousViolations(page, { include: '#faint' })).map((v) => v.id)).toEqual(['color-contrast'])
  expect(await seriousViolations(page, { include: '#faint', exclude: ['.dark-only-faint'] })).toEqual([])

  // The checker stays in the page between checks, and comes back after a reload.
  await page.reload()
  await page.setContent(FAULTY)
  expect(await axeProblems(page, '#unnamed')).toEqual([
    expect.stringMatching(/^light: button-name: .+ ×1 \(#nameless/),
    expect.stringMatching(/^dark: button-name: .+ ×1 \(#nameless/)
  ])
})
