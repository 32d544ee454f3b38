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
          <div key={index}>
            <p>{notice.message}</p>
            {notice.details && notice.details.length > 5 && (
              <details>
                <summary>Every repair ({notice.details.length})</summary>
                <ul>
                  {notice.details.map((line, n) => (
                    <li key={n}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        ))}
      </div>
      <button type="button" className="ghost" onClick={() => setDismissed(true)}>
        Got it
      </button>
    </section>
  )
}
