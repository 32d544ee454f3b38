/**
 * The brief's stylesheet: in the exported HTML, in the PDF printed from it, and in the app's
 * live preview. A file of its own so the page can load it without the renderers, and so the
 * app's Content-Security-Policy can allow exactly this text by its hash (electron/main/security/csp.ts).
 * Each font list starts with the font Chromium has on Linux (Liberation, a Chromium dependency):
 * a missing first choice costs a font lookup per run of text, a fifth of a long PDF's time.
 */
export const BRIEF_CSS = `
@page { size: letter; margin: 0.9in 0.9in 0.85in; @bottom-center { content: counter(page); font: 10pt "Liberation Serif", Georgia, serif; } }
@page :first { @bottom-center { content: none; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 11pt/1.4 "Liberation Serif", Georgia, "Times New Roman", "DejaVu Serif", "Noto Serif", "Noto Serif CJK JP", serif; color: #000; background: #fff; margin: 0 auto; max-width: 7in; padding: 0 0.5in; hyphens: manual; overflow-wrap: break-word; }
@media print { body { padding: 0; max-width: none; } }
h1, h2, h3, h4, h5, h6 { font-family: "Liberation Sans", Calibri, Carlito, Arial, "DejaVu Sans", sans-serif; line-height: 1.25; margin: 1.1em 0 0.4em; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h1 { font-size: 20pt; border-bottom: 2px solid #000; padding-bottom: 0.1em; }
h2 { font-size: 16pt; } h3 { font-size: 13.5pt; } h4 { font-size: 12pt; } h5, h6 { font-size: 11pt; }
section.side { break-before: page; page-break-before: always; }
.title-page { break-after: page; page-break-after: always; text-align: center; padding-top: 2.2in; }
.title-page h1 { font-size: 26pt; border: 0; margin: 0 0 0.6em; }
.title-page p { font-size: 14pt; margin: 0.3em 0; }
.title-page .side-label { font-size: 18pt; font-weight: bold; margin-top: 1em; }
.body, .notes { margin: 0.3em 0; white-space: pre-wrap; }
.notes { font-style: italic; }
.card { margin: 0.8em 0 1em; }
.card-head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.tag { font-weight: bold; margin: 0; break-after: avoid; page-break-after: avoid; }
.cite { margin: 0.1em 0 0.3em; break-after: avoid; page-break-after: avoid; }
.cite strong { font-weight: bold; }
.altered { margin: 0 0 0.3em; font-style: italic; break-after: avoid; page-break-after: avoid; }
.text { margin: 0; white-space: pre-wrap; orphans: 3; widows: 3; }
.text u { text-decoration: underline; text-underline-offset: 0.12em; }
.text mark { background: #ffff00; color: inherit; }
.bibliography p { padding-left: 0.5in; text-indent: -0.5in; margin: 0 0 0.5em; }
`
