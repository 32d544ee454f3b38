/**
 * A flow sheet as a self-contained, printable HTML page (landscape, a column per speech), for
 * its PDF. Every cell is escaped text: a flow holds whatever the user or a pack typed.
 */
import { escapeHtml } from '../brief/html'
import type { Library } from '../model/library'
import { DEFAULT_SIDE_LABELS, type SideLabels } from '../model/formats'
import { fileNameFor } from '../model/text'
import { findFlow } from '../operations/practice'
import type { FlowSheet, FlowStatus } from '../model/practice'

const STATUS_MARK: Record<FlowStatus, string> = { open: '', answered: '✓ answered', dropped: '✗ dropped' }

const CSS = `
@page { size: letter landscape; margin: 0.5in; @bottom-center { content: counter(page); font: 9pt "Liberation Sans", Arial, sans-serif; } }
body { font: 9.5pt/1.3 "Liberation Sans", Calibri, Arial, "DejaVu Sans", sans-serif; color: #000; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 0.2em; }
p.meta { margin: 0 0 0.8em; color: #444; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #999; padding: 4px 5px; vertical-align: top; text-align: left; overflow-wrap: anywhere; white-space: pre-wrap; }
th { background: #eee; font-size: 8.5pt; }
th .side { display: block; font-weight: normal; color: #444; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.dropped { background: #fde8e6; }
td.answered { background: #e6f4ec; }
.status { display: block; font-size: 8pt; font-weight: bold; margin-top: 2px; }
`

export function renderFlowHtml(sheet: FlowSheet, labels: SideLabels, motionTitle: string | null): string {
  const side = (s: 'pro' | 'con' | 'both') => (s === 'both' ? 'both sides' : labels[s])
  const head = sheet.columns.map((c) => `<th>${escapeHtml(c.name)}<span class="side">${escapeHtml(side(c.side))}</span></th>`).join('')
  const rows = sheet.rows
    .map((row) => {
      const cells = row.cells
        .map((cell) => {
          const mark = STATUS_MARK[cell.status]
          return `<td class="${cell.status}">${escapeHtml(cell.text)}${mark ? `<span class="status">${mark}</span>` : ''}</td>`
        })
        .join('')
      return `<tr>${cells}</tr>`
    })
    .join('\n')
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(sheet.title)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(sheet.title)}</h1>`,
    motionTitle ? `<p class="meta">${escapeHtml(motionTitle)}</p>` : '',
    `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`,
    '</body></html>'
  ].join('\n')
}

/** A saved flow sheet as the page to print: under its motion's side labels and title, when it has a motion. */
export function flowPrintPage(library: Library, flowId: string): { html: string; fileName: string } {
  const sheet = findFlow(library, flowId)
  const motion = sheet.motionId === null ? undefined : library.motions.find((m) => m.id === sheet.motionId)
  const html = renderFlowHtml(sheet, motion?.sideLabels ?? DEFAULT_SIDE_LABELS.other, motion?.title ?? null)
  return { html, fileName: fileNameFor(sheet.title, 'pdf') }
}
