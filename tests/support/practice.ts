import { expect, type Locator, type Page } from '@playwright/test'
import { watchConsole } from './slice'
import { startWebMode, tempDataDir, type RunningWebMode } from './web-mode'

/** Practice, from the sidebar, at the tab named. */
export async function openPractice(page: Page, tab: string): Promise<void> {
  await page.getByRole('button', { name: /^Practice/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible()
  await page.getByRole('tablist', { name: 'Practice' }).getByRole('tab', { name: tab }).click()
}

export interface PracticeOptions {
  /** Start from the starter pack's motions and cards instead of an empty library. */
  starterPack?: boolean
  /** What must be in place before the page loads: a mocked clock, fixed random draws. */
  beforeLoad?: (page: Page) => Promise<unknown>
}

/**
 * The way into every practice test: the web mode on a fresh data folder, the page's console
 * watched for errors, and the app opened at the Practice tab named.
 */
export async function startPractice(page: Page, tab: string, options: PracticeOptions = {}): Promise<{ server: RunningWebMode; errors: string[] }> {
  const server = await startWebMode(tempDataDir(), [], { starterPack: options.starterPack })
  const errors = watchConsole(page)
  await options.beforeLoad?.(page)
  await page.goto(server.url)
  await openPractice(page, tab)
  return { server, errors }
}

/** The Flow sheet tab's form for a new flow, filled in with its title and motion; starting it is the caller's click. */
export async function fillNewFlow(page: Page, title: string, motion: string): Promise<Locator> {
  const form = page.getByRole('form', { name: 'New flow' })
  await form.getByLabel('Title').fill(title)
  await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: motion })
  return form
}
