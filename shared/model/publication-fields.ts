/**
 * The optional publication details a source may carry (from a citation file or typed in), used
 * in every citation style. Apart from source.ts so the page can list them without loading zod.
 */
export const PUBLICATION_FIELD_NAMES = ['volume', 'issue', 'pages', 'edition', 'place'] as const
