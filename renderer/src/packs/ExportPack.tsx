import { useState, type FormEvent } from 'react'
import { FORMAT_CHOICES, type DebateFormat } from '../../../shared/model/formats'
import { messageOf } from '../api/client'
import { useMutation, useQuery } from '../data/hooks'
import { ChoiceField, FormFooter } from '../kit/form-parts'
import { saveFile } from '../kit/save-file'

/** A pack id from its title: what a teacher keeps the same from version to version. */
function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'my-pack'
}

const LOCKS = [
  ['motions', 'Motions'],
  ['claims', 'Claims'],
  ['sources', 'Sources'],
  ['quotes', 'Cards'],
  ['drills', 'Drills']
] as const
type LockKind = (typeof LOCKS)[number][0]

/** A teacher's pack: which motions go in, what the pack says about itself, the edition, and what is locked. */
export function ExportPack({ onDone }: { onDone(message: string | null): void }) {
  const listed = useQuery('motion.list', { includeArchived: true }, { report: false })
  const motions = listed.data ?? []
  const exportPack = useMutation('pack.export')
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [title, setTitle] = useState('')
  const [packId, setPackId] = useState('')
  const [version, setVersion] = useState('1.0')
  const [author, setAuthor] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [license, setLicense] = useState('')
  const [level, setLevel] = useState('')
  const [debateFormat, setDebateFormat] = useState<DebateFormat>('other')
  const [description, setDescription] = useState('')
  const [student, setStudent] = useState(false)
  const [keepRatings, setKeepRatings] = useState(false)
  const unlinked = useQuery('pack.unlinkedCards', {}, { report: false }).data ?? []
  const [unlinkedChosen, setUnlinkedChosen] = useState<Set<string>>(new Set())
  const [lock, setLock] = useState<Record<LockKind, boolean>>({ motions: false, claims: false, sources: true, quotes: true, drills: false })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Offered once an export was refused because a document's text does not fit.
  const [textsDoNotFit, setTextsDoNotFit] = useState(false)
  const [leaveOutTexts, setLeaveOutTexts] = useState(false)

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const meta = { id: packId || slug(title), title, version, author, organisation, license, level, debateFormat, description }
      const file = await exportPack.mutateAsync({
        motionIds: [...chosen],
        meta,
        student,
        studentKeepsRatingsAndTags: keepRatings,
        unlinkedCardSourceIds: [...unlinkedChosen],
        lock,
        leaveOutTextsThatDoNotFit: leaveOutTexts
      })
      const where = await saveFile({ fileName: file.fileName, mimeType: file.mimeType, text: file.text })
      const leftOut = file.textsLeftOut.length === 0 ? '' : ` (without the text of ${file.textsLeftOut.map((t) => `“${t}”`).join(', ')}: cited only)`
      onDone(where === null ? null : `Saved “${title}” version ${version}${student ? ' (student edition)' : ''} as ${where}${leftOut}`)
    } catch (failure) {
      const problem = messageOf(failure)
      if (problem.path === 'leaveOutTextsThatDoNotFit') setTextsDoNotFit(true)
      setError(problem.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="panel pack-export" onSubmit={submit} aria-labelledby="pack-export-title">
      <h2 id="pack-export-title">Make a pack for a class</h2>
      <fieldset className="pack-motions">
        <legend>Motions in the pack, with their claims, cards, sources and drills</legend>
        {motions.length === 0 && <p className="muted small">No motions yet.</p>}
        {motions.map((m) => (
          <label key={m.id} className="check">
            <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} /> {m.title}
            <span className="muted small"> ({m.claimCounts.total === 1 ? '1 claim' : `${m.claimCounts.total} claims`})</span>
          </label>
        ))}
      </fieldset>
      {unlinked.length > 0 && (
        <fieldset className="pack-unlinked">
          <legend>Cards not linked to a claim (left out unless chosen), by source</legend>
          {unlinked.map((s) => (
            <label key={s.sourceId} className="check">
              <input
                type="checkbox"
                checked={unlinkedChosen.has(s.sourceId)}
                onChange={() =>
                  setUnlinkedChosen((current) => {
                    const next = new Set(current)
                    if (next.has(s.sourceId)) next.delete(s.sourceId)
                    else next.add(s.sourceId)
                    return next
                  })
                }
              />{' '}
              {s.title}
              <span className="muted small"> ({s.cards === 1 ? '1 card' : `${s.cards} cards`})</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="field-grid">
        <label className="field">
          <span>Pack title</span>
          <input value={title} required onChange={(e) => setTitle(e.target.value)} placeholder="Civics unit 3: federalism" />
        </label>
        <label className="field">
          <span>Pack id</span>
          <input value={packId} placeholder={slug(title)} aria-describedby="pack-id-hint" onChange={(e) => setPackId(e.target.value)} />
        </label>
        <label className="field">
          <span>Version</span>
          <input value={version} onChange={(e) => setVersion(e.target.value)} />
        </label>
        <label className="field">
          <span>Author</span>
          <input value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <label className="field">
          <span>Organisation</span>
          <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
        </label>
        <label className="field">
          <span>Licence</span>
          <input value={license} onChange={(e) => setLicense(e.target.value)} placeholder="CC BY 4.0" />
        </label>
        <label className="field">
          <span>Level</span>
          <input value={level} onChange={(e) => setLevel(e.target.value)} placeholder="Year 11, novice…" />
        </label>
        <ChoiceField<DebateFormat> label="Format" value={debateFormat} options={FORMAT_CHOICES} onChange={setDebateFormat} />
      </div>
      <p id="pack-id-hint" className="muted small">
        Give every later version the same pack id: that is how a class’s copies are updated rather than duplicated.
      </p>
      <label className="field">
        <span>Description</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label className="check">
        <input type="checkbox" checked={student} onChange={(e) => setStudent(e.target.checked)} /> Student edition: leave out teacher notes and
        model answers, and (unless kept below) your strength ratings and claim tags
      </label>
      {student && (
        <label className="check">
          <input type="checkbox" checked={keepRatings} onChange={(e) => setKeepRatings(e.target.checked)} /> Keep strength ratings and tags in the
          student edition
        </label>
      )}
      <fieldset className="pack-locks">
        <legend>Lock (students can answer and duplicate, not change)</legend>
        {LOCKS.map(([kind, label]) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={lock[kind]} onChange={(e) => setLock({ ...lock, [kind]: e.target.checked })} /> {label}
          </label>
        ))}
      </fieldset>
      {textsDoNotFit && (
        <label className="check">
          <input type="checkbox" checked={leaveOutTexts} onChange={(e) => setLeaveOutTexts(e.target.checked)} /> Leave out the texts that do not fit:
          their sources go as citation only, and their cards keep their exact text
        </label>
      )}
      <FormFooter error={error ?? (listed.error ? messageOf(listed.error).message : null)} submitLabel="Export pack…" busy={busy} onCancel={() => onDone(null)} />
    </form>
  )
}
