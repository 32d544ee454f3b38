/** The starter pack shipped with Casebook (data/packs), bundled into the main process as text. */
import starterPackText from '../../data/packs/california-secession.casebook?raw'

export const STARTER_PACK_TEXT: string = starterPackText
