import type { OutputOf, ParsedInputOf } from '../contract'
import { ApiError } from '../errors'
import { LOCAL_ORIGIN } from '../model/ids'
import type { Library } from '../model/library'
import type { Drill } from '../model/practice'
import { replaceById, type Change, type OperationEnv } from './change'
import { findMotion } from './motions'

/** Every drill, from packs first (in pack order), then the user's own, with their motion's and pack's titles. */
export function listDrills(library: Library): OutputOf<'drill.list'> {
  const motions = new Map(library.motions.map((m) => [m.id, m.title]))
  const packs = new Map(library.packs.map((p) => [p.id, p.title]))
  const fromPack = (drill: Drill) => drill.origin.kind === 'pack'
  return [...library.drills.filter(fromPack), ...library.drills.filter((d) => !fromPack(d))].map((drill) => ({
    drill,
    motionTitle: drill.motionId === null ? null : (motions.get(drill.motionId) ?? null),
    packTitle: drill.origin.kind === 'pack' ? (packs.get(drill.origin.packId) ?? null) : null
  }))
}

function findDrill(library: Library, drillId: string): Drill {
  const drill = library.drills.find((d) => d.id === drillId)
  if (!drill) throw new ApiError('not_found', `No drill with id "${drillId}"`, 'drillId')
  return drill
}

/**
 * A teacher's own drill for a motion: a prompt, and a model answer that a student edition of a
 * pack leaves out. New without a drillId; otherwise a change to that drill.
 */
export function saveDrill(library: Library, input: ParsedInputOf<'drill.save'>, env: OperationEnv): Change<Drill> {
  if (input.motionId !== null) findMotion(library, input.motionId)
  const fields = { motionId: input.motionId, title: input.title, prompt: input.prompt, modelAnswer: input.modelAnswer }
  if (input.drillId === undefined) {
    const drill: Drill = { id: env.newId(), ...fields, origin: LOCAL_ORIGIN }
    return { library: { ...library, drills: [...library.drills, drill] }, result: drill }
  }
  const drill: Drill = { ...findDrill(library, input.drillId), ...fields }
  return { library: { ...library, drills: replaceById(library.drills, drill) }, result: drill }
}

export function deleteDrill(library: Library, input: ParsedInputOf<'drill.delete'>): Change<{ drillId: string }> {
  findDrill(library, input.drillId)
  return { library: { ...library, drills: library.drills.filter((d) => d.id !== input.drillId) }, result: { drillId: input.drillId } }
}
