import { describe, expect, it } from 'vitest'
import type { FlowSheet } from '../../../shared/model/practice'
import { renderFlowHtml } from '../../../shared/practice/flow-html'

const AT = '2026-01-01T00:00:00.000Z'
const sheet: FlowSheet = {
  id: 'f1',
  title: 'Round <1>',
  motionId: null,
  formatId: 'pf',
  columns: [
    { name: 'Team A Constructive', side: 'pro' },
    { name: 'Crossfire', side: 'both' }
  ],
  rows: [{ id: 'r1', cells: [{ text: '<script>alert(1)</script> & “quotes”', claimId: null, status: 'dropped' }, { text: '', claimId: null, status: 'open' }] }],
  createdAt: AT,
  updatedAt: AT
}

describe('a flow sheet as printable HTML', () => {
  it('has a column per speech with its side, and each cell as escaped text with its status', () => {
    const html = renderFlowHtml(sheet, { pro: 'Pro', con: 'Con' }, 'Resolved: test')
    expect(html).toContain('<th>Team A Constructive<span class="side">Pro</span></th>')
    expect(html).toContain('<th>Crossfire<span class="side">both sides</span></th>')
    expect(html).toContain('<td class="dropped">&lt;script&gt;alert(1)&lt;/script&gt; &amp; “quotes”<span class="status">✗ dropped</span></td>')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<h1>Round &lt;1&gt;</h1>')
    expect(html).toContain("default-src 'none'")
  })
})
