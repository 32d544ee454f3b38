/**
 * Finding data/ (the starter pack and the other shipped files) in every layout Casebook runs in:
 * a checkout, the installed app under Electron, the installed app's files run by Node (web
 * mode, CLI), and Electron in development, whose resources folder is Electron's own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { dataFile, dataFolder, findDataFolder } from '../../../electron/resources'
import { starterPackText } from '../../../electron/main/starter-pack'

const CHECKOUT = fileURLToPath(new URL('../../../', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'casebook-resources-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function file(path: string, text = ''): string {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  return path
}

/** A package as electron-builder lays it out: resources/app.asar (here a folder) with data/ beside it. */
function installedApp(name: string, appFolder = 'app.asar'): { resources: string; chunk: string } {
  const resources = join(work, name, 'resources')
  file(join(resources, appFolder, 'package.json'), JSON.stringify({ name: 'casebook' }))
  const chunk = file(join(resources, appFolder, 'out', 'main', 'chunks', 'version-abc.js'))
  file(join(resources, 'data', 'packs', 'california-secession.casebook'), '{}')
  return { resources, chunk }
}

describe('findDataFolder', () => {
  it('finds the checkout’s data/ from the sources (development, tests) and from the built code (npm start, web mode, CLI)', () => {
    const fromSource = pathToFileURL(join(CHECKOUT, 'electron', 'resources.ts')).href
    const fromBuild = pathToFileURL(join(CHECKOUT, 'out', 'main', 'chunks', 'version-abc.js')).href
    expect(findDataFolder({ moduleUrl: fromSource })).toBe(join(CHECKOUT, 'data'))
    expect(findDataFolder({ moduleUrl: fromBuild })).toBe(join(CHECKOUT, 'data'))
  })

  it('finds data/ among an installed app’s resources under Electron (process.resourcesPath)', () => {
    const { resources, chunk } = installedApp('electron')
    expect(findDataFolder({ resourcesPath: resources, moduleUrl: pathToFileURL(chunk).href })).toBe(join(resources, 'data'))
  })

  it('finds data/ beside the app when an installed app’s files run under Node, with no resourcesPath (web mode, CLI)', () => {
    const { resources, chunk } = installedApp('node', 'app')
    expect(findDataFolder({ moduleUrl: pathToFileURL(chunk).href })).toBe(join(resources, 'data'))
    const entry = file(join(resources, 'app', 'out', 'main', 'cli.js'))
    expect(findDataFolder({ moduleUrl: pathToFileURL(entry).href })).toBe(join(resources, 'data'))
  })

  it('falls back to the checkout when Electron runs in development (its resources folder holds no data/)', () => {
    const electronResources = join(work, 'node_modules', 'electron', 'dist', 'resources')
    mkdirSync(electronResources, { recursive: true })
    const moduleUrl = pathToFileURL(join(CHECKOUT, 'out', 'main', 'index.js')).href
    expect(findDataFolder({ resourcesPath: electronResources, moduleUrl })).toBe(join(CHECKOUT, 'data'))
  })

  it('names every place it looked when data/ is missing', () => {
    const resources = join(work, 'broken', 'resources')
    const chunk = file(join(resources, 'app.asar', 'out', 'main', 'index.js'))
    file(join(resources, 'app.asar', 'package.json'), JSON.stringify({ name: 'casebook' }))
    expect(() => findDataFolder({ resourcesPath: resources, moduleUrl: pathToFileURL(chunk).href })).toThrow(
      `Casebook's bundled files (data/) are missing; looked in: ${join(resources, 'data')}, ${join(resources, 'app.asar', 'data')}. Reinstall Casebook.`
    )
  })

  it('ignores a data/ folder that is not Casebook’s, and a package.json of another program', () => {
    const other = join(work, 'other')
    file(join(other, 'package.json'), JSON.stringify({ name: 'something-else' }))
    mkdirSync(join(other, 'data'))
    const chunk = file(join(other, 'out', 'main', 'index.js'))
    expect(() => findDataFolder({ moduleUrl: pathToFileURL(chunk).href })).toThrow(/data\/\) are missing/)
  })
})

describe('this process’s data/', () => {
  it('is the checkout’s under the tests, and the starter pack is read from it', () => {
    expect(dataFolder()).toBe(join(CHECKOUT, 'data'))
    expect(dataFile('packs', 'california-secession.casebook')).toBe(join(CHECKOUT, 'data', 'packs', 'california-secession.casebook'))
    expect(JSON.parse(starterPackText())).toMatchObject({ format: 'casebook-pack', meta: { id: 'california-secession' } })
  })

  it('refuses a file that is not shipped, naming it', () => {
    expect(() => dataFile('packs', 'missing.casebook')).toThrow(`Casebook's bundled file ${join('packs', 'missing.casebook')} is missing from ${join(CHECKOUT, 'data')}. Reinstall Casebook.`)
  })
})
