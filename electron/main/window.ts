import { join } from 'node:path'
import { BrowserWindow, session, shell } from 'electron'
import { isAllowedNavigation, isSafeExternalUrl, type RendererEntry } from './security'
import { hardenSession, mainWindowOptions } from './windowOptions'

/**
 * The one place the window is hardened: sandboxed, isolated, no Node, CSP on every response,
 * no navigation away, no new windows (http(s) links go to the system browser), no permissions.
 */
export function createMainWindow(entry: RendererEntry, isPackaged: boolean): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js'), isPackaged))
  hardenSession(session.defaultSession, Boolean(entry.devServerUrl))

  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, win.webContents.getURL())) event.preventDefault()
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.once('ready-to-show', () => win.show())

  if (entry.devServerUrl) void win.loadURL(entry.devServerUrl)
  else void win.loadFile(entry.indexHtml)
  return win
}
