export interface ChartPoint {
  /** An ISO week, "2026-W03". */
  week: string
  value: number
}

interface WeekChartProps {
  title: string
  points: readonly ChartPoint[]
  /** The top of the scale; the largest value when not given. */
  max?: number
  unit: string
  format(value: number): string
  empty: string
}

const WIDTH = 560
const HEIGHT = 200
const PAD = { top: 16, right: 8, bottom: 28, left: 40 }
/** The most weeks drawn: the latest half year. */
const MAX_WEEKS = 26

/** The scale's top: 1, 2 or 5 times a power of ten, at or above the largest value (at least 1). */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= value)!
}

/** A bar chart by week, drawn as SVG in the page's own colours. */
export function WeekChart({ title, points, max, unit, format, empty }: WeekChartProps) {
  const shown = points.slice(-MAX_WEEKS)
  const top = max ?? niceCeiling(Math.max(...shown.map((p) => p.value)))
  const plotW = WIDTH - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const slot = plotW / Math.max(shown.length, 1)
  const barW = Math.min(36, slot * 0.7)
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH
  const summary = shown.map((p) => `${p.week}: ${format(p.value)}`).join(', ')
  // Label every week when few, otherwise about six of them.
  const labelEvery = Math.max(1, Math.ceil(shown.length / 6))
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}. ${summary}`} preserveAspectRatio="xMidYMid meet">
          {[0, 0.5, 1].map((f) => (
            <g key={f}>
              <line className="chart-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(top * f)} y2={y(top * f)} />
              <text className="chart-axis" x={PAD.left - 6} y={y(top * f) + 4} textAnchor="end">
                {format(top * f)}
              </text>
            </g>
          ))}
          {shown.map((p, i) => {
            const x = PAD.left + i * slot + (slot - barW) / 2
            return (
              <g key={p.week}>
                <rect className="chart-bar" x={x} y={y(p.value)} width={barW} height={Math.max(0, PAD.top + plotH - y(p.value))} rx={3}>
                  <title>{`${p.week}: ${format(p.value)} ${unit}`}</title>
                </rect>
                {i % labelEvery === 0 && (
                  <text className="chart-axis" x={x + barW / 2} y={HEIGHT - 8} textAnchor="middle">
                    {p.week.slice(5)}
                  </text>
                )}
              </g>
            )
          })}
        </svg>
      )}
    </figure>
  )
}
