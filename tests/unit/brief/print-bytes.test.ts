/** printToBytes: a PDF printer that writes files, turned into one that answers bytes (the app's and the web mode's printPdf). */
import { existsSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { printToBytes } from '../../../electron/brief/pdf'

describe('printToBytes', () => {
  it('answers what the printer wrote, and removes its temporary folder', async () => {
    let written = ''
    const bytes = await printToBytes(async (html, file) => {
      written = file
      writeFileSync(file, `%PDF ${html}`)
    }, '<p>brief</p>')
    expect(new TextDecoder().decode(bytes)).toBe('%PDF <p>brief</p>')
    expect(existsSync(dirname(written))).toBe(false)
  })

  it('passes the printer’s failure on, and still removes the folder', async () => {
    let written = ''
    await expect(
      printToBytes(async (_html, file) => {
        written = file
        writeFileSync(file, 'half')
        throw new Error('Chromium could not print the PDF')
      }, '<p>x</p>')
    ).rejects.toThrow('Chromium could not print the PDF')
    expect(existsSync(dirname(written))).toBe(false)
  })
})
