/**
 * The one IPC contract between the renderer and the main process.
 * Main's handlers, the preload bridge and the renderer's Electron platform all derive from it.
 */

/** A file the user picked, with its bytes. */
export interface PickedFile {
  name: string
  /** MIME type guessed from the extension ("" when unknown). */
  type: string
  size: number
  bytes: Uint8Array
}

/** A file refused while opening (too large, unreadable). */
export interface RejectedFile {
  name: string
  error: string
}

export interface OpenFilesRequest {
  /** Extensions without dot, e.g. ["txt", "pdf"]; empty for any file. */
  extensions: string[]
  multiple: boolean
  title?: string
}

export interface OpenFilesResult {
  canceled: boolean
  files: PickedFile[]
  rejected: RejectedFile[]
}

export interface SaveFileRequest {
  suggestedName: string
  bytes: Uint8Array
  /** Extensions without dot offered in the dialog's filter. */
  extensions: string[]
}

export interface SaveFileResult {
  canceled: boolean
  /** Where the file was written. */
  path?: string
}

export interface FetchUrlRequest {
  url: string
}

export interface FetchUrlResult {
  /** The URL after redirects. */
  url: string
  status: number
  contentType: string
  bytes: Uint8Array
}

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** The OS locale, e.g. "fr-FR". */
  locale: string
}

/** Menu commands main sends to the renderer. */
export type MenuCommand = 'import' | 'export-bundle' | 'paste-text' | 'about' | 'settings'

export const MENU_COMMANDS: readonly MenuCommand[] = ['import', 'export-bundle', 'paste-text', 'about', 'settings']

/** Expected failures cross IPC as values with a message a user can act on. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string }

/** Channel → request → result. The single source of truth for invoke channels. */
export interface IpcContract {
  'files:open': { request: OpenFilesRequest; result: OpenFilesResult }
  'files:save': { request: SaveFileRequest; result: SaveFileResult }
  'url:fetch': { request: FetchUrlRequest; result: FetchUrlResult }
  'app:info': { request: null; result: AppInfo }
}

export type IpcChannel = keyof IpcContract

export const IPC_CHANNELS: readonly IpcChannel[] = ['files:open', 'files:save', 'url:fetch', 'app:info']

/** The event channel main uses to send menu commands. */
export const MENU_EVENT_CHANNEL = 'menu:command'

/** What the preload exposes as `window.claimledger`: named functions, nothing generic. */
export interface PreloadApi {
  openFiles(request: OpenFilesRequest): Promise<IpcResult<OpenFilesResult>>
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>
  fetchUrl(request: FetchUrlRequest): Promise<IpcResult<FetchUrlResult>>
  appInfo(): Promise<IpcResult<AppInfo>>
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** Limits enforced by main (and mirrored by the browser platform). */
export const LIMITS = {
  /** Per-file cap for opened files and fetched URLs. */
  maxFileBytes: 50 * 1024 * 1024,
  maxFilesPerOpen: 500,
  /** Cap on all the bytes one open reads (500 files at the per-file cap would be 25 GB in memory). */
  maxOpenTotalBytes: 200 * 1024 * 1024,
  maxSaveBytes: 512 * 1024 * 1024,
  fetchTimeoutMs: 20_000,
  maxRedirects: 5,
  maxUrlLength: 8_192
} as const
