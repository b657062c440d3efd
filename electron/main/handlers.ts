import type { IpcChannel, IpcContract, IpcResult } from '../../shared/ipc'
import { parseRequest } from './validators'

/** What a handler sees of the IPC event: enough to check where the message came from. */
export interface SenderInfo {
  frameUrl: string | undefined
  isMainFrame: boolean
}

export type Handler<K extends IpcChannel> = (request: IpcContract[K]['request']) => Promise<IpcResult<IpcContract[K]['result']>>

export type HandlerMap = { [K in IpcChannel]: Handler<K> }

/**
 * Wraps a handler with the checks every channel gets: the sender must be our page's main frame,
 * the argument must parse, and no exception may escape as a crash — it becomes a typed error.
 */
export function guardHandler<K extends IpcChannel>(
  channel: K,
  handler: Handler<K>,
  isTrusted: (sender: SenderInfo) => boolean
): (sender: SenderInfo, raw: unknown) => Promise<IpcResult<IpcContract[K]['result']>> {
  return async (sender, raw) => {
    if (!isTrusted(sender)) return { ok: false, error: 'Request refused: it did not come from the ClaimLedger window.' }
    const parsed = parseRequest(channel, raw)
    if (!parsed.ok) return parsed
    try {
      return await handler(parsed.value)
    } catch (error) {
      return { ok: false, error: `${channel} failed: ${error instanceof Error ? error.message : String(error)}` }
    }
  }
}
