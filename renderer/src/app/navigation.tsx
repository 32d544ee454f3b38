import { createContext, useContext } from 'react'

/** Moving between the app's places from deep inside a view: a card's "Show in source", a search hit. */
export interface Navigation {
  openSource(sourceId: string, unitId: string | null): void
  openClaim(motionId: string, claimId: string): void
}

export const NavigationContext = createContext<Navigation>({ openSource: () => undefined, openClaim: () => undefined })

export function useNavigation(): Navigation {
  return useContext(NavigationContext)
}
