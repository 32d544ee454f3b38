/** The starter pack shipped with Casebook: data/packs in a checkout, the package's resources when installed. */
import { readFileSync } from 'node:fs'
import { dataFile } from '../resources'

export const STARTER_PACK_NAME = 'california-secession.casebook'

let text: string | undefined

/** The starter pack's text, read from the shipped file on first use. */
export function starterPackText(): string {
  text ??= readFileSync(dataFile('packs', STARTER_PACK_NAME), 'utf8')
  return text
}
