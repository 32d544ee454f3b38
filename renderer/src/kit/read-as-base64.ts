/** A chosen file's bytes as base64, for an import operation's input; `onProgress` hears how far the read has got. */
export function readAsBase64(file: File, reader: FileReader, onProgress: (percent: number) => void = () => undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    reader.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100))
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onabort = () => reject(new Error('cancelled'))
    reader.onerror = () => reject(new Error(reader.error?.message ?? 'the file could not be read'))
    reader.readAsDataURL(file)
  })
}
