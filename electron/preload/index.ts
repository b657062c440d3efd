import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { MENU_COMMANDS, MENU_EVENT_CHANNEL, type MenuCommand, type PreloadApi } from '../../shared/ipc'

// Named functions only: the page never sees ipcRenderer or a generic invoke.
const api = {
  openFiles: (request) => ipcRenderer.invoke('files:open', request),
  saveFile: (request) => ipcRenderer.invoke('files:save', request),
  fetchUrl: (request) => ipcRenderer.invoke('url:fetch', request),
  appInfo: () => ipcRenderer.invoke('app:info', null),
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) listener(command as MenuCommand)
    }
    ipcRenderer.on(MENU_EVENT_CHANNEL, wrapped)
    return () => {
      ipcRenderer.removeListener(MENU_EVENT_CHANNEL, wrapped)
    }
  }
} satisfies PreloadApi

contextBridge.exposeInMainWorld('claimledger', api)
