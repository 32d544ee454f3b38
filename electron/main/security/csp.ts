import { createHash } from 'node:crypto'
import { BRIEF_CSS } from '../../../shared/brief/css'

/**
 * The one inline stylesheet the page allows, by its hash: the brief's, inside the sandboxed
 * frame of the brief builder's live preview. That frame is an about:srcdoc document, which
 * inherits this policy, so without the hash its <style> would be refused like any other.
 */
export const BRIEF_STYLE_HASH = `'sha256-${createHash('sha256').update(BRIEF_CSS, 'utf8').digest('base64')}'`

/**
 * The page may load only its own scripts, styles, images and fonts, and talk only to its own origin.
 * Nothing remote, no inline script, no eval, no plugins, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${BRIEF_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join('; ')
