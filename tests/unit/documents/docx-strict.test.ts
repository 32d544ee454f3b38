/**
 * Word's "Strict Open XML Document" names every element in the Strict namespaces
 * (http://purl.oclc.org/ooxml/…) instead of the Transitional ones. Such a file is read like any
 * other, by the document reader and the Verbatim reader alike. The Strict files here are real
 * Word files (../shared/fixtures/real-world/docx) with their namespaces renamed as Word's Strict
 * save names them.
 */
import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { extractDocx } from '../../../shared/documents/docx'
import { asTransitional } from '../../../shared/documents/docx-package'
import { readVerbatim } from '../../../shared/verbatim/read'
import { sharedFile } from '../../support/shared-folder'

/** Transitional http://schemas.openxmlformats.org/<area>/2006/<name> as Strict's http://purl.oclc.org/ooxml/<area>/<name>. */
function asStrict(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx)
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith('.xml')) continue
    parts[name] = strToU8(strFromU8(data).replace(/http:\/\/schemas\.openxmlformats\.org\/(wordprocessingml|officeDocument|drawingml)\/2006\/(\w+)/gu, 'http://purl.oclc.org/ooxml/$1/$2'))
  }
  return zipSync(parts)
}

const W_STRICT = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"'

describe('Strict Open XML', () => {
  it('is read, and text naming a Strict address is kept exactly as written', async () => {
    const quoted = 'Strict files declare xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" on the root.'
    const body = `<w:p><w:r><w:t>${quoted.replace(/"/gu, '&quot;')}</w:t></w:r></w:p><w:p><w:r><w:t>${quoted}</w:t></w:r></w:p>`
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W_STRICT} w:conformance="strict"><w:body>${body}</w:body></w:document>`)
    })
    expect((await extractDocx(docx, 'strict.docx')).units.map((unit) => unit.text)).toEqual([quoted, quoted])
    expect(asTransitional(`<w:document ${W_STRICT}>`)).toBe('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">')
  })

  const folder = sharedFile('fixtures/real-world/docx')
  const real = (file: string): Uint8Array => new Uint8Array(readFileSync(`${folder.path}/${file}`))

  it('a real report saved as Strict reads as it does saved as Transitional: text, headings, list numbers', { ...folder.options, timeout: 60_000 }, async () => {
    const file = 'alga-financial-assistance-grants-policy-brief.docx'
    const transitional = await extractDocx(real(file), file)
    const strict = await extractDocx(asStrict(real(file)), file)
    expect(strict.units).toEqual(transitional.units)
    expect(strict.units.length).toBeGreaterThan(20)
    expect(strict.metadata).toEqual(transitional.metadata)
  })

  it('a real Verbatim file saved as Strict gives the same cards', { ...folder.options, timeout: 60_000 }, () => {
    const file = 'opendebate-sample.docx'
    const transitional = readVerbatim(real(file), file)
    const strict = readVerbatim(asStrict(real(file)), file)
    expect(strict).toEqual(transitional)
    expect(transitional.counts).toEqual(strict.counts)
    expect(transitional.headings.flatMap((heading) => heading.entries).length).toBeGreaterThan(5)
  })
})
