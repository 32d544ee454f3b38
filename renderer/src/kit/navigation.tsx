import { createContext, useContext } from 'react'

/** The app's places besides a motion's map, each opened from the sidebar ('backups' also from Help > Restore from Backup). */
export type Page = 'motions' | 'sources' | 'packs' | 'practice' | 'backups'

/** Moving between the app's places from deep inside a view: a card's "Show in source", a search hit. */
export interface Navigation {
  /** Opens a source at a unit of its text, or at one of its cards. */
  openSource(sourceId: string, unitId: string | null, quoteId?: string): void
  openClaim(motionId: string, claimId: string): void
  /** Opens a motion's map (a copy just made, a pack's first motion, an import); `said` is what the status line says there. */
  openMotion(motionId: string, said?: string): void
  /** Opens the card library at cards just imported: only their sources listed (`from` names where they came from), the first card shown. */
  openCards(cards: ReadonlyArray<{ id: string; sourceId: string }>, from: string, said: string): void
}

export const NavigationContext = createContext<Navigation>({
  openSource: () => undefined,
  openClaim: () => undefined,
  openMotion: () => undefined,
  openCards: () => undefined
})

export function useNavigation(): Navigation {
  return useContext(NavigationContext)
}
