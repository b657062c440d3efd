import type { MenuCommand } from '../../shared/ipc'

/** A menu item as Electron's Menu.buildFromTemplate takes it, limited to what we use. */
export interface MenuItemSpec {
  label?: string
  role?: string
  accelerator?: string
  type?: 'separator' | 'submenu'
  submenu?: MenuItemSpec[]
  click?: () => void
}

export interface MenuLabels {
  file: string
  import: string
  pasteText: string
  exportBundle: string
  settings: string
  edit: string
  view: string
  help: string
  about: string
}

export const MENU_LABELS: Record<'en' | 'fr', MenuLabels> = {
  en: { file: 'File', import: 'Import…', pasteText: 'Paste text…', exportBundle: 'Export bundle…', settings: 'Settings…', edit: 'Edit', view: 'View', help: 'Help', about: 'About ClaimLedger' },
  fr: { file: 'Fichier', import: 'Importer…', pasteText: 'Coller un texte…', exportBundle: 'Exporter un dossier de citations…', settings: 'Réglages…', edit: 'Édition', view: 'Affichage', help: 'Aide', about: 'À propos de ClaimLedger' }
}

/**
 * The application menu. Standard roles give each platform its own shortcuts (Cmd on macOS, Ctrl elsewhere);
 * app commands are sent to the renderer, which owns the views.
 */
export function buildMenuTemplate(platform: string, labels: MenuLabels, send: (command: MenuCommand) => void): MenuItemSpec[] {
  const isMac = platform === 'darwin'
  const appMenu: MenuItemSpec[] = isMac
    ? [{ label: 'ClaimLedger', submenu: [
        { label: labels.about, click: () => send('about') },
        { type: 'separator' },
        { label: labels.settings, accelerator: 'CmdOrCtrl+,', click: () => send('settings') },
        { type: 'separator' },
        { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' }
      ] }]
    : []
  return [
    ...appMenu,
    {
      label: labels.file,
      submenu: [
        { label: labels.import, accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: labels.pasteText, accelerator: 'CmdOrCtrl+Shift+V', click: () => send('paste-text') },
        { label: labels.exportBundle, accelerator: 'CmdOrCtrl+E', click: () => send('export-bundle') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: labels.settings, accelerator: 'CmdOrCtrl+,', click: () => send('settings') }]),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { label: labels.edit, role: 'editMenu' },
    { label: labels.view, role: 'viewMenu' },
    { role: 'windowMenu' },
    { label: labels.help, role: 'help', submenu: isMac ? [] : [{ label: labels.about, click: () => send('about') }] }
  ]
}
