import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { IPC_CHANNEL, LIBRARY_CHANGED_CHANNEL, type CasebookBridge, type LibraryChange } from '../../shared/bridge'

// The page gets two functions and no Electron or Node object: every call is checked in the main process.
const casebook = {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  onLibraryChanged(listener: (change: LibraryChange) => void) {
    // The page never sees the IPC event object, only the change it carries.
    const forward = (_event: IpcRendererEvent, change: LibraryChange) => listener(change)
    ipcRenderer.on(LIBRARY_CHANGED_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(LIBRARY_CHANGED_CHANNEL, forward)
    }
  }
} satisfies CasebookBridge

contextBridge.exposeInMainWorld('casebook', casebook)
