import type { Library } from '../../../shared/model/library'

/**
 * Library to JSON text, one item per line. Operations never mutate: an unchanged item is the
 * same object from one edit to the next, so its text is remembered and only changed items are
 * serialised again. An edit to one claim of 10,000 costs one small stringify and a join,
 * not the whole file. The text parses back to exactly the same data as JSON.stringify would.
 */
export function createLibrarySerializer(): (library: Library) => string {
  const cache = new WeakMap<object, string>()
  const item = (value: object): string => {
    let text = cache.get(value)
    if (text === undefined) {
      text = JSON.stringify(value)
      cache.set(value, text)
    }
    return text
  }
  return (library) => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(library)) {
      const body = Array.isArray(value)
        ? value.length === 0
          ? '[]'
          : `[\n${value.map((v: object) => item(v)).join(',\n')}\n]`
        : JSON.stringify(value)
      parts.push(`${JSON.stringify(key)}: ${body}`)
    }
    return `{\n${parts.join(',\n')}\n}\n`
  }
}
