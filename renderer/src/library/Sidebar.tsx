import type { MotionSummary } from '../../../shared/contract'
import type { Page } from '../kit/navigation'
import { useSidebarOpen } from './useSidebarOpen'

interface SidebarProps {
  motions: MotionSummary[]
  selectedId: string | null
  dataDir: string
  onSelect(id: string): void
  onNewMotion(): void
  showArchived: boolean
  onShowArchived(show: boolean): void
  page: Page
  onOpenPage(page: Page): void
  onSearch(): void
}

export function Sidebar(props: SidebarProps) {
  const { motions, selectedId, dataDir, onSelect, onNewMotion, showArchived, onShowArchived, page, onOpenPage, onSearch } = props
  const [open, setOpen] = useSidebarOpen()
  return (
    <aside className={open ? 'sidebar' : 'sidebar collapsed'} aria-label="Library">
      <header className="brand">
        <button
          type="button"
          className="ghost sidebar-toggle"
          aria-expanded={open}
          aria-controls="sidebar-content"
          aria-label="Sidebar"
          title={open ? 'Hide the sidebar' : 'Show the sidebar: motions, sources, packs, practice'}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '«' : '☰'}</span>
        </button>
        {open && (
          <>
            <span className="brand-mark" aria-hidden="true">§</span>
            <span className="brand-name">Casebook</span>
          </>
        )}
      </header>
      <div id="sidebar-content" className="sidebar-content" hidden={!open}>
        <button type="button" className="search-button" onClick={onSearch} aria-keyshortcuts="Control+K">
          <span>Search…</span>
          <kbd>Ctrl+K</kbd>
        </button>
        <button type="button" className="primary new-motion" onClick={onNewMotion}>
          New motion
        </button>
        <button type="button" className="motion-link sources-link" aria-current={page === 'sources' ? 'page' : undefined} onClick={() => onOpenPage('sources')}>
          <span className="motion-link-title">Sources &amp; cards</span>
          <span className="motion-link-meta">The Constitution, your sources, your evidence</span>
        </button>
        <button type="button" className="motion-link sources-link" aria-current={page === 'packs' ? 'page' : undefined} onClick={() => onOpenPage('packs')}>
          <span className="motion-link-title">Packs</span>
          <span className="motion-link-meta">Import a teacher’s pack, or make one</span>
        </button>
        <button type="button" className="motion-link sources-link" aria-current={page === 'practice' ? 'page' : undefined} onClick={() => onOpenPage('practice')}>
          <span className="motion-link-title">Practice</span>
          <span className="motion-link-meta">Timer, drills, flow sheets, your progress</span>
        </button>
        <nav aria-label="Motions" className="motion-list">
          {motions.length === 0 ? (
            <p className="muted small">No motions yet.</p>
          ) : (
            <ul>
              {motions.map((motion) => (
                <li key={motion.id}>
                  <button
                    type="button"
                    className="motion-link"
                    aria-current={motion.id === selectedId ? 'page' : undefined}
                    onClick={() => onSelect(motion.id)}
                  >
                    <span className="motion-link-title">
                      {motion.title}
                      {motion.archived && <span className="muted"> (archived)</span>}
                    </span>
                    <span className="motion-link-meta">
                      {motion.claimCounts.pro} {motion.sideLabels.pro} · {motion.claimCounts.con} {motion.sideLabels.con}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </nav>
        <label className="small muted archived-toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => onShowArchived(e.target.checked)} /> Show archived motions
        </label>
        <button type="button" className="ghost small backups-link" aria-current={page === 'backups' ? 'page' : undefined} onClick={() => onOpenPage('backups')}>
          Restore from a backup…
        </button>
        {dataDir && (
          <footer className="sidebar-footer small muted" title={dataDir}>
            Saved on this computer in <span className="path">{dataDir}</span>
          </footer>
        )}
      </div>
    </aside>
  )
}
