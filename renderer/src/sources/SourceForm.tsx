import { useState, type FormEvent } from 'react'
import { PUBLICATION_FIELD_NAMES } from '../../../shared/model/publication-fields'
import type { Source, SourceKind } from '../../../shared/model/source'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { ChoiceField, FormFooter } from '../kit/form-parts'
import { KIND_CHOICES } from './kind-names'

type Fields = Pick<Source, 'kind' | 'title' | 'publisher' | 'container' | 'date' | 'url' | 'accessed' | 'reporterCitation' | 'qualifications'> &
  Record<(typeof PUBLICATION_FIELD_NAMES)[number], string>

const EMPTY: Fields = {
  kind: 'article',
  title: '',
  publisher: '',
  container: '',
  date: '',
  url: '',
  accessed: '',
  reporterCitation: '',
  qualifications: '',
  volume: '',
  issue: '',
  pages: '',
  edition: '',
  place: ''
}

/** A source's fields for the form: the publication fields it lacks (older sources) as empty text. */
function formFields(source: Source | undefined): Fields {
  if (!source) return EMPTY
  const publication = Object.fromEntries(PUBLICATION_FIELD_NAMES.map((name) => [name, source[name] ?? '']))
  return { ...source, ...publication } as Fields
}

/** The legal kinds are cited by this field (see shared/citations/legal.ts): its label and an example. */
const LEGAL_CITATION_FIELD: Partial<Record<SourceKind, [string, string]>> = {
  case: ['Reporter citation', '74 U.S. 700'],
  statute: ['Code citation', '42 U.S.C. § 1983'],
  constitution: ['Short form', 'Cal. Const.']
}

/** Authors as the user types them: "Given Family; Given Family", or an organisation in braces, "{Pew Research Center}". */
function parseAuthors(text: string): Source['authors'] {
  return text
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean)
    .map((name) => {
      if (name.startsWith('{') && name.endsWith('}')) return { literal: name.slice(1, -1).trim() }
      const parts = name.split(/\s+/)
      return parts.length > 1 ? { given: parts.slice(0, -1).join(' '), family: parts[parts.length - 1] } : { literal: name }
    })
}

function formatAuthors(authors: Source['authors']): string {
  return authors.map((a) => (a.literal ? `{${a.literal}}` : [a.given, a.family].filter(Boolean).join(' '))).join('; ')
}

/** Where an imported document's field was read from, beside the field ("from PDF info: Title"). */
function Origin({ of, origins }: { of: string; origins: Record<string, string> }) {
  const from = origins[of]
  return from ? (
    <small className="field-origin" id={`origin-${of}`}>
      from {from}
    </small>
  ) : null
}

/**
 * Every citation field of a source, for a new one or to edit the user's own. A source imported
 * from a document shows beside each field where its value was read; a field the user has
 * edited since has no origin any more.
 */
export function SourceForm({ source, onSaved, onCancel }: { source?: Source; onSaved?(source: Source): void; onCancel?(): void }) {
  const origins = source?.document?.fieldOrigins ?? {}
  const updateSource = useMutation('source.update')
  const createSource = useMutation('source.create')
  const [fields, setFields] = useState<Fields>(() => formFields(source))
  const [authors, setAuthors] = useState(formatAuthors(source?.authors ?? []))
  const [error, setError] = useState<{ message: string; path: string } | null>(null)
  const set = (key: keyof Fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      // Authors are re-read only when their text changed, so names stored whole (an organisation) stay whole.
      const authorsChanged = authors !== formatAuthors(source?.authors ?? [])
      const input = authorsChanged || !source ? { ...fields, authors: parseAuthors(authors) } : fields
      const saved = source ? await updateSource.mutateAsync({ sourceId: source.id, ...input }) : await createSource.mutateAsync(input)
      setError(null)
      onSaved?.(saved)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  const field = (key: keyof Fields, label: string, hint?: string) => (
    <div className="field-with-origin" key={key}>
      <label className="field">
        <span>{label}</span>
        <input
          value={fields[key]}
          onChange={set(key)}
          placeholder={hint}
          aria-invalid={error?.path === key ? true : undefined}
          aria-describedby={origins[key] ? `origin-${key}` : undefined}
        />
      </label>
      <Origin of={key} origins={origins} />
    </div>
  )
  const legalField = LEGAL_CITATION_FIELD[fields.kind]
  return (
    <form className="source-form" onSubmit={submit} aria-label={source ? 'Edit source' : 'New source'}>
      <div className="field-row">
        <div className="field-with-origin">
          <ChoiceField label="Kind" value={fields.kind} options={KIND_CHOICES} onChange={(kind: SourceKind) => setFields((f) => ({ ...f, kind }))} />
          <Origin of="kind" origins={origins} />
        </div>
        {field('date', 'Date', '2025-06-09')}
      </div>
      {field('title', 'Title')}
      <div className="field-with-origin">
        <label className="field">
          <span>Authors</span>
          <input
            value={authors}
            onChange={(e) => setAuthors(e.target.value)}
            placeholder="Given Family; {Organisation}"
            aria-describedby={origins.authors ? 'origin-authors' : undefined}
          />
        </label>
        <Origin of="authors" origins={origins} />
      </div>
      {field('qualifications', 'Author qualifications', 'Professor of international relations, University of Otago')}
      <div className="field-row">
        {field('publisher', fields.kind === 'case' ? 'Court' : 'Publisher')}
        {field('container', 'In (newspaper, journal, site)')}
      </div>
      <div className="field-row">
        {field('url', 'URL')}
        {field('accessed', 'Accessed', '2026-11-25')}
      </div>
      {legalField && field('reporterCitation', legalField[0], legalField[1])}
      {!legalField && (
        <div className="field-row">
          {field('volume', 'Volume')}
          {field('issue', 'Issue')}
          {field('pages', 'Pages', '154–175')}
        </div>
      )}
      <div className="field-row">
        {field('edition', 'Edition')}
        {field('place', 'Place of publication', 'London')}
      </div>
      <FormFooter error={error?.message ?? null} submitLabel={source ? 'Save source' : 'Add source'} onCancel={onCancel} />
    </form>
  )
}
