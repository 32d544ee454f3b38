/**
 * How an Argdown argument's premise–conclusion reconstruction is kept in a claim's body: after
 * the argument's own words and a blank line, one numbered line per step, with a line of four
 * dashes before each conclusion, and a referenced statement's title in brackets before its text:
 *
 *     The populists are the only salvation of society from doom.
 *
 *     (1) [Doom]: Society is doomed and must be saved.
 *     (2) Society can only be saved if the populists come to power.
 *     ----
 *     (3) [Power]: The populists must come to power.
 *
 * This is Argdown's own notation, so the body reads as the reconstruction does in the file, and
 * the export can write it back as one. Inference rules between the dashes are not kept.
 */
import { oneLine } from './text'

export interface ReconstructionStep {
  role: 'premise' | 'conclusion'
  /** The statement's Argdown title, when it has one; absent for an untitled step. */
  title?: string
  text: string
}

/** A title that the body's "[Title]: " prefix can hold and read back. */
export const bracketable = (title: string): boolean => /^[^\]\n]+$/.test(title) && title.trim() === title

/** The steps as the body's numbered lines. */
export function formatReconstruction(steps: readonly ReconstructionStep[]): string {
  const lines: string[] = []
  steps.forEach((step, index) => {
    if (step.role === 'conclusion') lines.push('----')
    const text = oneLine(step.text)
    const titled = step.title !== undefined && bracketable(step.title)
    // A reference alone ("(3) [Title]") when the statement has no text anywhere.
    const line = titled ? (text ? `[${step.title}]: ${text}` : `[${step.title}]`) : text
    lines.push(`(${index + 1}) ${line}`)
  })
  return lines.join('\n')
}

/** The argument's words and its reconstruction as one body. */
export function withReconstruction(description: string, steps: readonly ReconstructionStep[]): string {
  const block = steps.length > 0 ? formatReconstruction(steps) : ''
  return [description.trim(), block].filter(Boolean).join('\n\n')
}

const STEP = /^\((\d+)\) (?:\[([^\]\n]+)\](?:: |$))?(.*)$/

/**
 * A body split into the words before its reconstruction and the reconstruction's steps; steps
 * is empty when the body does not end in one written as `formatReconstruction` writes it (say,
 * after the user edited it into something else), and the whole body is the description.
 */
export function splitReconstruction(body: string): { description: string; steps: ReconstructionStep[] } {
  const lines = body.replace(/\s+$/, '').split('\n')
  // The block runs from the last "(1) " line that starts the body or follows a blank line.
  let start = -1
  for (let index = lines.length - 1; index >= 0; index--) {
    if (lines[index].startsWith('(1) ') && (index === 0 || lines[index - 1].trim() === '')) {
      start = index
      break
    }
  }
  const none = { description: body, steps: [] }
  if (start < 0) return none
  const steps: ReconstructionStep[] = []
  let role: ReconstructionStep['role'] = 'premise'
  for (const line of lines.slice(start)) {
    if (line === '----') {
      if (role === 'conclusion') return none
      role = 'conclusion'
      continue
    }
    const match = STEP.exec(line)
    if (!match || Number(match[1]) !== steps.length + 1) return none
    steps.push(match[2] === undefined ? { role, text: match[3] } : { role, title: match[2], text: match[3] })
    role = 'premise'
  }
  // A reconstruction ends in its main conclusion.
  if (steps.length === 0 || steps[steps.length - 1].role !== 'conclusion') return none
  return { description: lines.slice(0, start).join('\n').trim(), steps }
}
