import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'
import { screen } from '../support/screens'
import { addContention, claimRow, createMotion, motionNav, renameClaim, respond, showColumns, watchConsole } from '../support/slice'
import { tempDataDir } from '../support/web-mode'

const binary = findElectronBinary()
const MAIN = fileURLToPath(new URL('../../out/main/index.js', import.meta.url))

test.skip(!binary, "Electron's binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the real app cannot start")

function launch(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({ executablePath: binary as string, args: [MAIN, '--data', dataDir] })
}

test('the real app keeps a case across a restart', async () => {
  const dataDir = tempDataDir('casebook-electron-')
  let app = await launch(dataDir)
  let page = await app.firstWindow()
  const errors = watchConsole(page)
  await expect(page.getByRole('heading', { name: 'Build your first case' })).toBeVisible()
  // The page sees the preload's bridge and nothing of Node.
  // (Casts inside evaluate are erased: the function runs in the page.)
  expect(await page.evaluate(() => Object.keys((globalThis as { casebook?: object }).casebook ?? {}))).toEqual(['invoke'])
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')

  await createMotion(page, 'Resolved: A U.S. state has a constitutional right to secede', 'Lincoln-Douglas')
  await addContention(page, 'Aff', 'Consent of the governed')
  await addContention(page, 'Neg', 'The Union is perpetual')
  await respond(page, 'The Union is perpetual', 'Attacks', 'Perpetual is not the same as unbreakable')
  await renameClaim(page, 'Consent of the governed', 'Government rests on consent')
  await screen(page, 'electron-motion-view')
  expect(errors).toEqual([])
  await app.close()

  app = await launch(dataDir)
  page = await app.firstWindow()
  await expect(motionNav(page).getByRole('button')).toHaveCount(1)
  await showColumns(page)
  await expect(claimRow(page, 'Government rests on consent')).toBeVisible()
  await expect(page.locator('.responses .claim-title', { hasText: 'Perpetual is not the same as unbreakable' })).toBeVisible()
  await app.close()
})
