/**
 * pdf.js reads its character maps and standard font data from disk on the parse worker. In the
 * installed app its package lies in app.asar, which a plain fs cannot read; electron-builder
 * unpacks those folders beside it, and the folder given to pdf.js must be that real one, or
 * CJK PDFs lose their text in the installed app only.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import config from '../../../electron-builder'
import { pdfjsDataFolder } from '../../../shared/documents/pdf/package-folder'

const CHECKOUT = fileURLToPath(new URL('../../../', import.meta.url))

describe('pdfjsDataFolder', () => {
  it('is the package in node_modules in a checkout (tests, npm start, the web mode and the CLI)', () => {
    const folder = pdfjsDataFolder(import.meta.resolve('pdfjs-dist/package.json'))
    expect(folder).toBe(`${join(CHECKOUT, 'node_modules', 'pdfjs-dist')}/`)
    expect(existsSync(join(folder as string, 'cmaps', 'UniJIS-UCS2-H.bcmap'))).toBe(true)
    expect(existsSync(join(folder as string, 'standard_fonts', 'FoxitSerif.pfb'))).toBe(true)
  })

  it('is the unpacked copy beside app.asar in an installed app, on Linux, macOS and Windows', () => {
    expect(pdfjsDataFolder('file:///opt/Casebook/resources/app.asar/node_modules/pdfjs-dist/package.json')).toBe(
      '/opt/Casebook/resources/app.asar.unpacked/node_modules/pdfjs-dist/'
    )
    expect(pdfjsDataFolder('file:///Applications/Casebook.app/Contents/Resources/app.asar/node_modules/pdfjs-dist/package.json')).toBe(
      '/Applications/Casebook.app/Contents/Resources/app.asar.unpacked/node_modules/pdfjs-dist/'
    )
    expect(pdfjsDataFolder('file:///C:/Program%20Files/Casebook/resources/app.asar/node_modules/pdfjs-dist/package.json')).toBe(
      'C:/Program Files/Casebook/resources/app.asar.unpacked/node_modules/pdfjs-dist/'
    )
  })

  it('leaves a folder merely named like app.asar alone, and gives none for a package not on disk', () => {
    expect(pdfjsDataFolder('file:///home/me/app.asar.old/node_modules/pdfjs-dist/package.json')).toBe('/home/me/app.asar.old/node_modules/pdfjs-dist/')
    expect(pdfjsDataFolder('node:pdfjs-dist/package.json')).toBeUndefined()
    expect(pdfjsDataFolder('not a url')).toBeUndefined()
  })

  it('points where the packaging puts the folders: electron-builder unpacks both from app.asar', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/pdfjs-dist/cmaps/**', 'node_modules/pdfjs-dist/standard_fonts/**']))
  })
})
