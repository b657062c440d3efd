import type { AppInfo, FetchUrlResult, IpcResult, MenuCommand, OpenFilesResult, SaveFileResult } from '../../../shared/ipc'

/** What the app needs from its host. Two implementations: Electron (preload API) and plain browser. */
export interface Platform {
  kind: 'electron' | 'browser'
  /** Shows the host's file picker and returns the chosen files' bytes (files over the cap come back rejected). */
  openFiles(options: { extensions: string[]; multiple: boolean; title?: string }): Promise<IpcResult<OpenFilesResult>>
  /** Saves bytes where the user chooses (Electron: save dialog; browser: a download). */
  saveFile(options: { suggestedName: string; bytes: Uint8Array; extensions: string[] }): Promise<IpcResult<SaveFileResult>>
  /** Fetches a web page the user typed (Electron: through main; browser: fetch, subject to CORS). */
  fetchUrl(url: string): Promise<IpcResult<FetchUrlResult>>
  appInfo(): Promise<AppInfo>
  /** Menu commands from the native menu (none in a browser). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
