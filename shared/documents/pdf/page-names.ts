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
