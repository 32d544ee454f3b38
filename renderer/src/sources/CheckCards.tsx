import { useMutation } from '../data/hooks'
import { useReportError } from '../kit/errors'
import { useNavigation } from '../kit/navigation'

/** Checks every card against its source, as `casebook check` does, and lists any that no longer match. */
export function CheckCards() {
  const report = useReportError()
  const navigation = useNavigation()
  const check = useMutation('library.check')
  const result = check.data ?? null
  return (
    <div className="check-cards">
      <button type="button" onClick={() => check.mutateAsync({}).catch(report)}>
        Check every card
      </button>
      {result && (
        <div role="status" className="small">
          {result.length === 0 ? (
            <p className="cut-status">Every card matches its source.</p>
          ) : (
            <ul className="check-problems">
              {result.map((p) => (
                <li key={p.quoteId}>
                  {p.sourceMissing ? (
                    <strong>{p.tag || 'Untagged card'}</strong>
                  ) : (
                    <button type="button" className="link-button" onClick={() => navigation.openSource(p.sourceId, null, p.quoteId)}>
                      {p.tag || 'Untagged card'}
                    </button>
                  )}{' '}
                  ({p.source}, {p.pinpoint}): {p.problem}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
