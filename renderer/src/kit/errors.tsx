import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { messageOf } from '../api/client'
import { library } from '../data/hooks'

interface Toast {
  id: number
  message: string
}

const ReportContext = createContext<(error: unknown) => void>(() => undefined)

/** Shows what went wrong, in words, until the user dismisses it. */
export function ErrorReporter({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const report = useCallback((error: unknown) => {
    const message = messageOf(error).message
    setToasts((current) => [...current.slice(-3), { id: Date.now() + Math.random(), message }])
  }, [])
  // A read that failed (the library could not be read, a motion is gone) is said here, once, however many views showed it.
  useEffect(() => library.onReadFailure(report), [report])
  const dismiss = (id: number) => setToasts((current) => current.filter((t) => t.id !== id))
  return (
    <ReportContext.Provider value={report}>
      {children}
      <div className="toasts" role="alert" aria-live="assertive">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <span>{toast.message}</span>
            <button type="button" className="ghost" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ReportContext.Provider>
  )
}

/** The function that puts an error in front of the user. */
export function useReportError(): (error: unknown) => void {
  return useContext(ReportContext)
}
