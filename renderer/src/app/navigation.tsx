import { createContext, useContext } from 'react'

/** Moving between the app's places from deep inside a view: a card's "Show in source", a search hit. */
export interface Navigation {
  /** Opens a source at a unit of its text, or at one of its cards. */
  openSource(sourceId: string, unitId: string | null, quoteId?: string): void
  openClaim(motionId: string, claimId: string): void
}

export const NavigationContext = createContext<Navigation>({ openSource: () => undefined, openClaim: () => undefined })

export function useNavigation(): Navigation {
  return useContext(NavigationContext)
}
