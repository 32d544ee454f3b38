/**
 * Imported documents for benchmarks: Markdown reports of about 70 KB each (a heading every ten
 * paragraphs), each its own text so each gets its own file in texts/.
 */
const WORDS = ['the', 'committee', 'found', 'that', 'federal', 'spending', 'on', 'energy', 'research', 'rose', 'while', 'private', 'investment', 'fell', 'in', 'most', 'regions', 'according', 'to', 'survey', 'data', 'from', 'agencies', 'and', 'universities']
const PARAGRAPHS = 110

function paragraph(documentIndex: number, paragraphIndex: number): string {
  const words: string[] = [`Report ${documentIndex}, paragraph ${paragraphIndex}:`]
  for (let k = 0; words.join(' ').length < 620; k++) words.push(WORDS[(documentIndex * 31 + paragraphIndex * 7 + k * k) % WORDS.length] as string)
  return `${words.join(' ')}.`
}

export function generatedDocument(index: number): string {
  const blocks = [`# Report ${index} on energy research`]
  for (let p = 0; p < PARAGRAPHS; p++) {
    if (p > 0 && p % 10 === 0) blocks.push(`## Part ${p / 10 + 1}`)
    blocks.push(paragraph(index, p))
  }
  return `${blocks.join('\n\n')}\n`
}
