import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL, type CasebookBridge } from '../../shared/bridge'

// The page gets one function and no Electron or Node object: every call is checked in the main process.
const casebook = {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input)
} satisfies CasebookBridge

contextBridge.exposeInMainWorld('casebook', casebook)
