import type { ReactNode } from 'react'
import { revealInPane } from './reveal'

interface FilePreviewProps {
  /** The file's name, as the region is named: "Preview of class.casebook". */
  fileName: string
  className: string
  children: ReactNode
}

/** What importing a chosen file would do, shown as a region brought into view in its pane as it appears. */
export function FilePreview({ fileName, className, children }: FilePreviewProps) {
  return (
    <div
      className={className}
      role="region"
      aria-label={`Preview of ${fileName}`}
      ref={(node) => {
        if (node) revealInPane(node, 'nearest')
      }}
    >
      {children}
    </div>
  )
}
