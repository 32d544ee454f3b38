/** The page's Content-Security-Policy: strict, with one exception, the brief preview's own stylesheet, allowed by its hash. */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BRIEF_STYLE_HASH, CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'
import { BRIEF_CSS } from '../../../shared/brief/css'
import { renderHtml } from '../../../shared/brief/html'
import { previewDocument } from '../../../shared/brief/preview'
import { sampleDocument } from '../brief/sample'

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name as string, values]))
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no inline script or style, nothing remote, and no framing of other documents', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('style-src')).toEqual(["'self'", BRIEF_STYLE_HASH])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe')
    // The preview's about:srcdoc frame needs no frame-src: only documents fetched from somewhere would.
    expect(policy.has('frame-src')).toBe(false)
    expect(policy.has('child-src')).toBe(false)
  })

  it('allows exactly the brief’s stylesheet, the one the preview frame and the exported HTML both hold', () => {
    expect(BRIEF_STYLE_HASH).toBe(`'sha256-${createHash('sha256').update(BRIEF_CSS).digest('base64')}'`)
    const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1]
    expect(styleOf(previewDocument('<p>x</p>'))).toBe(BRIEF_CSS)
    expect(previewDocument('<p>x</p>')).not.toMatch(/<script/i)
    expect(styleOf(renderHtml(sampleDocument()))).toBe(BRIEF_CSS)
  })
})
