/** docs/pack-format.schema.json is generated from the zod schemas; this keeps the published copy true. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packJsonSchema } from '../../../shared/packs/json-schema'

const file = join(import.meta.dirname, '../../../docs/pack-format.schema.json')
const generated = `${JSON.stringify(packJsonSchema(), null, 2)}\n`

describe('the published pack schema', () => {
  it('matches the schemas the app validates with (UPDATE_PACK_SCHEMA=1 rewrites it)', () => {
    if (process.env.UPDATE_PACK_SCHEMA === '1') writeFileSync(file, generated)
    expect(readFileSync(file, 'utf8')).toBe(generated)
  })

  it('describes the parts of a pack and what defines each item', () => {
    const schema = packJsonSchema() as { required: string[]; properties: Record<string, { items?: { required?: string[] } }> }
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'meta']))
    expect(schema.properties.claims?.items?.required).toEqual(expect.arrayContaining(['id', 'motionId', 'stance', 'title']))
  })
})
