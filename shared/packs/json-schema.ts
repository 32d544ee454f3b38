/** The pack format as JSON Schema, for other tools; docs/pack-format.schema.json is this, written out. */
import { z } from 'zod'
import { PackFileSchema } from './format'

export function packJsonSchema(): Record<string, unknown> {
  // 'input': what a file may contain, with defaults optional, rather than what reading it yields.
  const schema = z.toJSONSchema(PackFileSchema, { io: 'input', unrepresentable: 'any' })
  return {
    ...schema,
    $id: 'https://casebook.invalid/pack-format.schema.json',
    title: 'Casebook pack',
    description: 'A Casebook teacher pack (.casebook): motions, claims, sources, evidence cards, drills and the texts of imported documents. See docs/pack-format.md.'
  }
}
