import type { PreloadApi } from '../../../shared/ipc'
import { createBrowserPlatform } from './browserPlatform'
import { createElectronPlatform } from './electronPlatform'
import type { Platform } from './types'

export type { Platform } from './types'
export { readBrowserFiles } from './fileReading'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    claimledger?: PreloadApi
  }
}

let current: Platform | null = null

/** The host the app runs in, picked once at start: Electron when the preload API is there, else the browser. */
export function getPlatform(): Platform {
  if (!current) current = window.claimledger ? createElectronPlatform(window.claimledger) : createBrowserPlatform()
  return current
}
