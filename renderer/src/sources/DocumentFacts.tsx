import type { DocumentRef } from '../../../shared/model/source'

const KIND_NAMES: Record<DocumentRef['kind'], string> = {
  pdf: 'PDF',
  docx: 'Word document',
  html: 'Saved web page',
  text: 'Plain text',
  markdown: 'Markdown'
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`

/**
 * What a source imported from a document is: the kind of file, its name and size in pages or
 * paragraphs, and what the import warned of. Text that may be garbled is said first and plainly.
 */
export function DocumentFacts({ document }: { document: DocumentRef }) {
  const size =
    document.kind === 'pdf' ? plural(document.pageCount ?? document.unitCount, 'page', 'pages') : plural(document.unitCount, 'paragraph', 'paragraphs')
  return (
    <section className="document-facts" aria-label="Imported document">
      {document.textQuality === 'suspect' && (
        <p className="text-warning">
          <strong>This text may be garbled: check cards against the original.</strong> Its characters did not read as ordinary words, as happens with a
          scan’s poor text layer or a broken font.
        </p>
      )}
      <dl className="document-facts-list">
        <div>
          <dt>Imported from</dt>
          <dd>
            {KIND_NAMES[document.kind]} <span className="file-name">{document.fileName}</span>
          </dd>
        </div>
        <div>
          <dt>Text</dt>
          <dd>{size}</dd>
        </div>
      </dl>
      {document.warnings.length > 0 && (
        <ul className="document-warnings" aria-label="Import notes">
          {document.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
