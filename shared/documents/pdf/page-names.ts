/** "page 3", "pages 3 and 5", "pages 3 to 5, 8": pages named as a reader counts them (1-based), for the import's warnings. */
export function namePages(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  const runs: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    if (j >= i + 2) runs.push(`${sorted[i]} to ${sorted[j]}`)
    else for (let k = i; k <= j; k++) runs.push(`${sorted[k]}`)
    i = j + 1
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : (runs[0] ?? '')
  return `${sorted.length === 1 ? 'page' : 'pages'} ${list}`
}

/**
 * Pages of the file named for a warning, with the labels the reader's contents give them where
 * those differ from the file's count ("page 79 of the file (p. 74)"), so the user finds them.
 */
export function namePagesLabelled(pages: readonly number[], labels: readonly string[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  const shown = sorted.map((page) => labels[page - 1] ?? `p. ${page}`)
  if (shown.every((label, index) => label === `p. ${sorted[index]}`)) return namePages(sorted)
  const listed = shown.length > 3 ? `${shown.slice(0, 3).join(', ')} …` : shown.join(', ')
  return `${namePages(sorted)} of the file (${listed})`
}

/**
 * Each page's label: "p. " and the number it prints; where it prints none, the PDF's own label if
 * the PDF names its pages ("p. A-1"), else "PDF p. 5" when other pages print numbers (a cover, a
 * back page: a bare "p. 5" would be taken for a printed number), else "p. 5". A label two pages would
 * share (a slip opinion's syllabus, opinion and concurrence each start at 1) also says which page of
 * the PDF it is, "p. 1 (PDF p. 4)", so a pinpoint is the number on the page and never names two pages.
 */
export function pageLabels(printed: readonly (string | undefined)[], pdfLabels: readonly (string | undefined)[]): string[] {
  const anyPrinted = printed.some((number) => number !== undefined)
  const labels = printed.map((number, index) => {
    if (number !== undefined) return `p. ${number}`
    const own = pdfLabels[index]?.trim()
    if (own && own !== `${index + 1}`) return `p. ${own}`
    return anyPrinted ? `PDF p. ${index + 1}` : `p. ${index + 1}`
  })
  const uses = new Map<string, number>()
  for (const label of labels) uses.set(label, (uses.get(label) ?? 0) + 1)
  return labels.map((label, index) => ((uses.get(label) ?? 0) > 1 ? `${label} (PDF p. ${index + 1})` : label))
}
