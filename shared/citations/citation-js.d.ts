/**
 * The small part of Citation.js that Casebook uses. The packages ship no types of their own.
 * Every call here is synchronous and local: no input type that fetches (URLs, DOIs) is ever used.
 */
declare module '@citation-js/core' {
  /** A Citation.js registry of named things (styles, locales). */
  interface Register<T> {
    add(name: string, value: T): this
    has(name: string): boolean
    get(name: string): T
  }

  /** The citeproc-js engine plugin-csl prepares (and caches per style and locale). */
  interface CiteprocEngine {
    updateItems(ids: string[], nosort?: boolean): string[]
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]] | false
  }

  interface CslConfig {
    styles: Register<string>
    locales: Register<unknown>
    engine(data: CslData[], style: string, locale: string, format: 'text' | 'html' | 'rtf'): CiteprocEngine
  }

  /** One CSL-JSON item as Citation.js hands it over: loosely typed until checked. */
  type CslData = Record<string, unknown>

  interface CiteItem {
    id: string
    locator?: string
    label?: string
    prefix?: string
    suffix?: string
  }

  interface FormatOptions {
    format?: 'text' | 'html' | 'rtf'
    template?: string
    lang?: string
    entry?: string | Array<string | CiteItem>
    asEntryArray?: boolean
    nosort?: boolean
  }

  interface ChainOptions {
    forceType?: string
    generateGraph?: boolean
    strict?: boolean
    target?: string
  }

  export const plugins: {
    config: { get(ref: '@csl'): CslConfig }
    input: {
      chain(input: unknown, options?: ChainOptions): CslData[]
      util: { clean(data: CslData[], bestGuessConversions?: boolean): CslData[] }
    }
    output: {
      format(name: 'bibliography', data: CslData[], options?: FormatOptions): string | Array<[string, string]>
      format(name: 'citation', data: CslData[], options?: FormatOptions): string
    }
  }

  export const logger: { level: string }
}

declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'

/** CSL style files, bundled as text by Vite (and Vitest). */
declare module '*.csl?raw' {
  const xml: string
  export default xml
}
