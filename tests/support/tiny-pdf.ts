/**
 * Small PDFs written by hand for tests and benches: pages of text lines in Helvetica (no font
 * embedded), an optional info dictionary and XMP packet, and the shapes of files Casebook must
 * refuse (locked, without text). Offsets in the cross-reference table are
 * computed, so pdf.js reads the files without repairing them.
 */

export interface TinyLine {
  text: string
  x: number
  /** Baseline, from the bottom of a 612 × 792 page. */
  y: number
  size?: number
}

export interface TinyPdfOptions {
  /** Info dictionary entries, written as PDF strings (Latin-1). */
  info?: Record<string, string>
  /** An XMP packet (ASCII), referenced from the catalogue. */
  xmp?: string
  /** A standard security handler whose empty user password does not open the file: a locked PDF. */
  locked?: boolean
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (ch) => `\\${ch}`)})`
}

function contentStream(lines: readonly TinyLine[]): string {
  return lines.map((line) => `BT /F1 ${line.size ?? 11} Tf ${line.x} ${line.y} Td ${pdfString(line.text)} Tj ET`).join('\n')
}

export function tinyPdf(pages: readonly (readonly TinyLine[])[], options: TinyPdfOptions = {}): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => objects.push(body) // object number = index + 1
  const pageCount = pages.length
  const firstPage = 4
  const catalogExtra = options.xmp !== undefined ? ` /Metadata ${firstPage + 2 * pageCount} 0 R` : ''
  add(`<< /Type /Catalog /Pages 2 0 R${catalogExtra} >>`)
  const kids = pages.map((_, index) => `${firstPage + 2 * index} 0 R`).join(' ')
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`)
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  pages.forEach((lines, index) => {
    const stream = contentStream(lines)
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${firstPage + 2 * index + 1} 0 R >>`)
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`)
  })
  if (options.xmp !== undefined) add(`<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(options.xmp, 'latin1')} >>\nstream\n${options.xmp}\nendstream`)
  let infoRef = ''
  if (options.info) {
    add(`<< ${Object.entries(options.info).map(([key, value]) => `/${key} ${pdfString(value)}`).join(' ')} >>`)
    infoRef = ` /Info ${objects.length} 0 R`
  }
  let encryptRef = ''
  if (options.locked) {
    // Owner and user keys that no password produces: the file needs one the reader does not have.
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`)
    encryptRef = ` /Encrypt ${objects.length} 0 R`
  }
  let body = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  const id = '<0123456789abcdef0123456789abcdef>'
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${infoRef}${encryptRef} /ID [${id} ${id}] >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return new Uint8Array(Buffer.from(body, 'latin1'))
}

/** Lines of running text laid out down a page from the top margin, 14 points apart. */
export function textLines(texts: readonly string[], { x = 72, top = 720, size = 11 } = {}): TinyLine[] {
  return texts.map((text, index) => ({ text, x, y: top - index * 14, size }))
}
