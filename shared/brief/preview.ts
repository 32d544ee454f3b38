/**
 * The live preview's document: the brief's HTML body with the brief's own stylesheet, exactly
 * as in the exported HTML (renderHtml), for a sandboxed <iframe srcdoc>. The <style> must hold
 * BRIEF_CSS unchanged: the app's Content-Security-Policy allows that one text by its hash.
 */
import { BRIEF_CSS } from './css'

export function previewDocument(bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${BRIEF_CSS}</style></head><body>${bodyHtml}</body></html>`
}
