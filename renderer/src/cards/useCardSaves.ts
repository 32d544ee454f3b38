import { useEffect, useRef } from 'react'
import type { Quote } from '../../../shared/model/source'
import type { CardPatch } from './CardView'

/**
 * A card's saves, one at a time in the order asked for, each patch made from the card as the
 * saves before it left it: a Highlight clicked while a tag is saving adds to the marks just
 * saved, and never sends an older tag or older marks over newer ones.
 */
export function useCardSaves(quote: Quote, onUpdate: ((patch: CardPatch) => Promise<void>) | undefined) {
  const saved = useRef(quote)
  // A newer copy from the store (after a save, an edit elsewhere) is the card from now on.
  useEffect(() => {
    if (quote.updatedAt >= saved.current.updatedAt) saved.current = quote
  }, [quote])
  const tail = useRef<Promise<unknown>>(Promise.resolve())
  /** Queues a save; `make` gets the card as saved so far and returns the change. Resolves whether anything was written. */
  const save = (make: (card: Quote) => CardPatch): Promise<boolean> => {
    const run = async () => {
      const patch = make(saved.current)
      if (Object.keys(patch).length === 0 || !onUpdate) return false
      await onUpdate(patch)
      saved.current = { ...saved.current, ...patch }
      return true
    }
    const next = tail.current.then(run, run)
    tail.current = next.catch(() => undefined)
    return next
  }
  return save
}
