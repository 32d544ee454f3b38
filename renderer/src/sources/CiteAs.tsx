import { useState } from 'react'
import { useQuery } from '../data/hooks'

type Style = 'apa' | 'mla' | 'chicago'
const STYLE_NAMES: Record<Style, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago (author-date)' }

/** How to cite a source: a constitution, case or statute in legal form; anything else as the chosen style's bibliography entry and in-text cite. */
export function CiteAs({ sourceId }: { sourceId: string }) {
  const [style, setStyle] = useState<Style>(() => (localStorage.getItem('casebook.citeStyle') as Style | null) ?? 'apa')
  const asked = useQuery('source.cite', { sourceId, style }, { keepPrevious: true, report: false })
  const cite = asked.data ?? null
  const error = asked.error?.message ?? null
  return (
    <section className="cite-as" aria-label="Cite as">
      <div className="cite-as-head">
        <h3>Cite as</h3>
        {!cite?.legal && (
          <select
            aria-label="Citation style"
            value={style}
            onChange={(e) => {
              setStyle(e.target.value as Style)
              localStorage.setItem('casebook.citeStyle', e.target.value)
            }}
          >
            {(Object.keys(STYLE_NAMES) as Style[]).map((s) => (
              <option key={s} value={s}>
                {STYLE_NAMES[s]}
              </option>
            ))}
          </select>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
      {!cite && !error && <p className="muted small">Formatting…</p>}
      {cite?.legal && (
        <>
          <dl>
            <dt>Legal form</dt>
            <dd>{cite.legal}</dd>
          </dl>
          <p className="muted small">Cited in legal form in APA, MLA and Chicago alike; briefs list it under “Constitutions, cases and statutes”.</p>
        </>
      )}
      {cite && !cite.legal && (
        <dl>
          <dt>Bibliography</dt>
          <dd>{cite.bibliography || <span className="muted">{STYLE_NAMES[style]} lists no entry for this kind of source.</span>}</dd>
          <dt>In the text</dt>
          <dd>{cite.inText}</dd>
        </dl>
      )}
    </section>
  )
}
