import { useState } from 'react'
import type { Notice } from '../../../shared/contract'

/** What happened while opening the library (a file restored from backup, a migration), shown once at the top. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || notices.length === 0) return null
  return (
    <section className="notice" role="status" aria-label="About your library">
      <div>
        {notices.map((notice, index) => (
          <p key={index}>{notice.message}</p>
        ))}
      </div>
      <button type="button" className="ghost" onClick={() => setDismissed(true)}>
        Got it
      </button>
    </section>
  )
}
