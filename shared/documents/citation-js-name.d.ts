/** Citation.js's name parser (@citation-js/name), which ships no types: the part used here. */
declare module '@citation-js/name' {
  interface ParsedName {
    given?: string
    family?: string
    suffix?: string
    'dropping-particle'?: string
    'non-dropping-particle'?: string
  }
  /** "Family, Given" or "Given Family", particles ("van", "de la") and suffixes ("Jr.") recognised. */
  export function parse(name: string): ParsedName
}
