/**
 * Where pdf.js's character maps (cmaps/) and standard font data (standard_fonts/) are, as a
 * file path ending in "/", from the URL its package.json resolves to. pdf.js reads them with
 * fs.readFile, on our parse worker. In the installed app the package lies inside app.asar,
 * which only Electron's patched fs can read; electron-builder unpacks these two folders
 * beside it (asarUnpack, in app.asar.unpacked), so the path given is that real folder.
 * Undefined where the package is not on disk; then CJK text set in fonts with predefined
 * character maps reads less well.
 */
const ASAR_SEGMENT = /([\\/])app\.asar([\\/])/

export function pdfjsDataFolder(packageJsonUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL('./', packageJsonUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== 'file:') return undefined
  // fs.readFile takes a path: "/C:/x" on Windows is "C:/x".
  const path = decodeURIComponent(url.pathname).replace(/^\/([A-Za-z]:)/, '$1')
  return path.replace(ASAR_SEGMENT, '$1app.asar.unpacked$2')
}
