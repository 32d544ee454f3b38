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
.text .emphasis { font-weight: bold; text-decoration: underline; border: 1px solid currentColor; padding: 0 1px; }
.text .shrunk { font-size: 8pt; }
.text.shrink-6 .unread, .text.shrink-6 .shrunk { font-size: 6pt; } .text.shrink-7 .unread, .text.shrink-7 .shrunk { font-size: 7pt; }
.text.shrink-8 .unread, .text.shrink-8 .shrunk { font-size: 8pt; } .text.shrink-9 .unread, .text.shrink-9 .shrunk { font-size: 9pt; }
.text.shrink-10 .unread, .text.shrink-10 .shrunk { font-size: 10pt; }
.text .hl-green { background: #00ff00; } .text .hl-cyan { background: #00ffff; } .text .hl-magenta { background: #ff00ff; } .text .hl-lightGray { background: #c0c0c0; }
.text .hl-blue, .text .hl-red, .text .hl-darkBlue, .text .hl-darkCyan, .text .hl-darkGreen, .text .hl-darkMagenta, .text .hl-darkRed, .text .hl-darkYellow, .text .hl-darkGray, .text .hl-black { color: #fff; }
.text .hl-blue { background: #0000ff; } .text .hl-red { background: #ff0000; } .text .hl-darkBlue { background: #000080; } .text .hl-darkCyan { background: #008080; }
.text .hl-darkGreen { background: #008000; } .text .hl-darkMagenta { background: #800080; } .text .hl-darkRed { background: #800000; } .text .hl-darkYellow { background: #808000; }
.text .hl-darkGray { background: #808080; } .text .hl-black { background: #000000; }
.bibliography p { padding-left: 0.5in; text-indent: -0.5in; margin: 0 0 0.5em; }
`
