import type { MotionMap, ParsedInputOf } from '../contract'
import { ApiError } from '../errors'
import { withAdded, type Library } from '../model/library'
import { LOCAL_ORIGIN } from '../model/ids'
import { DEFAULT_SIDE_LABELS, type Motion } from '../model/motion'
import { replaceById, type Change, type OperationEnv } from './change'
import { relationsFor, withRelations } from './see-also'

export { listMotions } from './motion-list'

export function findMotion(library: Library, motionId: string): Motion {
  const motion = library.motions.find((m) => m.id === motionId)
  if (!motion) throw new ApiError('not_found', `No motion with id "${motionId}"`, 'motionId')
  return motion
}

export function getMotionMap(library: Library, input: ParsedInputOf<'motion.get'>): MotionMap {
  const motion = findMotion(library, input.motionId)
  return { motion, claims: library.claims.filter((c) => c.motionId === motion.id) }
}

export function createMotion(
  library: Library,
  input: ParsedInputOf<'motion.create'>,
  env: OperationEnv
): Change<Motion> {
  const now = env.now()
  const format = input.format ?? 'other'
  const motion: Motion = {
    id: env.newId(),
    title: input.title,
    format,
    sideLabels: input.sideLabels ?? DEFAULT_SIDE_LABELS[format],
    description: input.description ?? '',
    origin: LOCAL_ORIGIN,
    archived: false,
    createdAt: now,
    updatedAt: now
  }
  return { library: withAdded(library, { motions: [motion] }), result: motion }
}

/**
 * Changes a motion's title, format, side labels, description or archived flag. A new format
 * brings its own side labels unless the user had chosen their own.
 */
export function updateMotion(
  library: Library,
  input: ParsedInputOf<'motion.update'>,
  env: OperationEnv
): Change<Motion> {
  const current = findMotion(library, input.motionId)
  const format = input.format ?? current.format
  const labelsWereDefault =
    current.sideLabels.pro === DEFAULT_SIDE_LABELS[current.format].pro &&
    current.sideLabels.con === DEFAULT_SIDE_LABELS[current.format].con
  const sideLabels = input.sideLabels ?? (labelsWereDefault ? DEFAULT_SIDE_LABELS[format] : current.sideLabels)
  const motion: Motion = {
    ...current,
    title: input.title ?? current.title,
    format,
    sideLabels,
    description: input.description ?? current.description,
    archived: input.archived ?? current.archived,
    updatedAt: env.now()
  }
  return { library: { ...library, motions: replaceById(library.motions, motion) }, result: motion }
}

/** A copy of a motion and its whole map under new ids: the user's own, whatever the original's origin. */
export function duplicateMotion(
  library: Library,
  input: ParsedInputOf<'motion.duplicate'>,
  env: OperationEnv
): Change<Motion> {
  const original = findMotion(library, input.motionId)
  const now = env.now()
  const suffix = ' (copy)'
  const motion: Motion = {
    ...original,
    id: env.newId(),
    title: original.title.slice(0, 300 - suffix.length) + suffix,
    origin: LOCAL_ORIGIN,
    archived: false,
    createdAt: now,
    updatedAt: now
  }
  const claims = library.claims.filter((c) => c.motionId === original.id)
  const newIds = new Map(claims.map((c) => [c.id, env.newId()]))
  const copies = claims.map((c) => ({
    ...c,
    id: newIds.get(c.id) as string,
    motionId: motion.id,
    parentId: c.parentId === null ? null : (newIds.get(c.parentId) as string),
    // The copy's links point within the copy.
    ...(c.seeAlso ? { seeAlso: c.seeAlso.flatMap((id) => newIds.get(id) ?? []) } : {}),
    ...withRelations(relationsFor(c.seeAlsoRelations, c.seeAlso ?? [], (id) => newIds.get(id))),
    origin: LOCAL_ORIGIN,
    createdAt: now,
    updatedAt: now
  }))
  return {
    library: withAdded(library, { motions: [motion], claims: copies }),
    result: motion
  }
}

export function deleteMotion(
  library: Library,
  input: ParsedInputOf<'motion.delete'>
): Change<{ motionId: string; deletedClaimIds: string[] }> {
  const motion = findMotion(library, input.motionId)
  const deletedClaimIds = library.claims.filter((c) => c.motionId === motion.id).map((c) => c.id)
  return {
    library: {
      ...library,
      motions: library.motions.filter((m) => m.id !== motion.id),
      claims: library.claims.filter((c) => c.motionId !== motion.id),
      // A drill written for the motion stays, for any motion, rather than pointing at nothing.
      drills: library.drills.some((d) => d.motionId === motion.id)
        ? library.drills.map((d) => (d.motionId === motion.id ? { ...d, motionId: null } : d))
        : library.drills
    },
    result: { motionId: motion.id, deletedClaimIds }
  }
}
