import { app, type BrowserWindow, dialog, ipcMain, net } from 'electron'
import { IPC_CHANNELS, type IpcChannel } from '../../shared/ipc'
import { diskAccess } from './diskAccess'
import { fetchUrlCapped } from './fetchUrl'
import { readPickedFiles, writeChosenFile } from './files'
import { guardHandler, type HandlerMap, type SenderInfo } from './handlers'
import { netRequestFetch } from './netFetch'
import { isTrustedSender, type RendererEntry } from './security'

function handlers(getWindow: () => BrowserWindow | null): HandlerMap {
  return {
    'files:open': async (req) => {
      const win = getWindow()
      const options: Electron.OpenDialogOptions = {
        title: req.title,
        properties: req.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        filters: req.extensions.length ? [{ name: 'Supported files', extensions: req.extensions }] : []
      }
      const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      if (picked.canceled) return { ok: true, value: { canceled: true, files: [], rejected: [] } }
      return { ok: true, value: await readPickedFiles(picked.filePaths, diskAccess) }
    },
    'files:save': async (req) => {
      const win = getWindow()
      const options: Electron.SaveDialogOptions = {
        defaultPath: req.suggestedName,
        filters: req.extensions.length ? [{ name: req.extensions.join(', '), extensions: req.extensions }] : []
      }
      const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      if (chosen.canceled || !chosen.filePath) return { ok: true, value: { canceled: true } }
      return writeChosenFile(chosen.filePath, req.bytes, diskAccess)
    },
    'url:fetch': (req) => fetchUrlCapped(req.url, netRequestFetch((options) => net.request(options))),
    'app:info': async () => ({
      ok: true,
      value: { name: app.getName(), version: app.getVersion(), platform: process.platform, locale: app.getLocale() }
    })
  }
}

/** Registers one guarded handler per channel of the contract. */
export function registerIpc(getWindow: () => BrowserWindow | null, entry: RendererEntry): void {
  const map = handlers(getWindow)
  const trusted = (s: SenderInfo): boolean => isTrustedSender(s.frameUrl, s.isMainFrame, entry)
  for (const channel of IPC_CHANNELS) {
    const guarded = guardHandler(channel as IpcChannel, map[channel] as never, trusted)
    ipcMain.handle(channel, (event, raw: unknown) => {
      const frame = event.senderFrame
      return guarded({ frameUrl: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame }, raw)
    })
  }
}
