import { app, BrowserWindow, Menu } from 'electron'
import { MENU_EVENT_CHANNEL } from '../../shared/ipc'
import { cliArguments, cliModulePath, loadCliModule, runCliInMain } from './cliEntry'
import { registerIpc } from './ipc'
import { buildMenuTemplate, MENU_LABELS } from './menuTemplate'
import { rendererEntry } from './security'
import { createMainWindow } from './window'

const cliArgs = cliArguments(process.argv, process.defaultApp === true)

if (cliArgs) {
  // The command line: no window, no dock icon, no GPU, and no single-instance lock (the app may be open).
  if (process.platform === 'darwin') app.dock?.hide()
  app.disableHardwareAcceleration()
  void runCliInMain(cliArgs, {
    load: () => loadCliModule(cliModulePath(__dirname)),
    stdout: process.stdout,
    stderr: process.stderr,
    exit: (code) => void app.whenReady().then(() => app.exit(code))
  })
} else if (!app.requestSingleInstanceLock()) {
  // A second launch focuses the running window instead of opening another database writer.
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  const entry = rendererEntry(__dirname, app.isPackaged, process.env)

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault())
  })

  void app.whenReady().then(() => {
    registerIpc(() => mainWindow, entry)
    const labels = app.getLocale().toLowerCase().startsWith('fr') ? MENU_LABELS.fr : MENU_LABELS.en
    const template = buildMenuTemplate(process.platform, labels, (command) => mainWindow?.webContents.send(MENU_EVENT_CHANNEL, command))
    Menu.setApplicationMenu(Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[]))
    mainWindow = createMainWindow(entry, app.isPackaged)
    mainWindow.on('closed', () => (mainWindow = null))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(entry, app.isPackaged)
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
