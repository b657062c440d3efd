import type { PreloadApi } from '../../../shared/ipc'
import type { Platform } from './types'

/** The Electron host: every call goes through the preload's named functions to main. */
export function createElectronPlatform(api: PreloadApi): Platform {
  return {
    kind: 'electron',
    openFiles: (options) => api.openFiles(options),
    saveFile: (options) => api.saveFile(options),
    fetchUrl: (url) => api.fetchUrl({ url }),
    appInfo: async () => {
      const info = await api.appInfo()
      if (info.ok) return info.value
      return { name: 'ClaimLedger', version: 'unknown', platform: 'electron', locale: navigator.language }
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener)
  }
}
