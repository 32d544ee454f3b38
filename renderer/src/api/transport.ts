import type { CasebookBridge, LibraryChange } from '../../../shared/bridge'
import type { Outcome } from '../../../shared/errors'

/** In the web mode: the session is an HttpOnly cookie, which the browser sends and no script can read. */
function httpBridge(): CasebookBridge {
  return {
    async invoke(name, input) {
      let response: Response
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ name, input })
        })
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Casebook’s local server is not answering. Is it still running?', path: '' } }
      }
      return (await response.json()) as Outcome<unknown>
    },
    onLibraryChanged(listener) {
      // Server-Sent Events: the browser reconnects by itself if the server restarts.
      const events = new EventSource('/api/events', { withCredentials: true })
      const forward = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as LibraryChange)
      events.addEventListener('library-changed', forward)
      return () => events.close()
    }
  }
}

/** The Electron preload's bridge when there is one, otherwise the local HTTP server. */
export const bridge: CasebookBridge = window.casebook ?? httpBridge()
