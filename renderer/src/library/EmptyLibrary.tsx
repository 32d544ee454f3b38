export function EmptyLibrary({ onNewMotion }: { onNewMotion(): void }) {
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h1 id="empty-title">Build your first case</h1>
      <p>
        A motion is the statement a round debates, such as “This House believes California should secede from the
        United States.” Create one, then add the contentions for and against it and the responses to each.
      </p>
      <p className="muted">Everything stays on this computer. No account, no network.</p>
      <button type="button" className="primary" onClick={onNewMotion}>
        New motion
      </button>
    </section>
  )
}
