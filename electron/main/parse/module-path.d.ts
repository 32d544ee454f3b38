/** electron-vite's `?modulePath` import: the path of that module, built as a file of its own. */
declare module '*?modulePath' {
  const path: string
  export default path
}
