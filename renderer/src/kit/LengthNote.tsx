import type { LengthNote as Note } from '../../../shared/model/length-limit'

/** Under a title field near or past its limit: the count left, or how far over (then the field does not save). */
export function LengthNote({ id, note }: { id: string; note: Note | null }) {
  return (
    <span id={id} className={note?.over ? 'length-note over' : 'length-note'} role="status">
      {note?.text}
    </span>
  )
}
