import { createContext, useContext, useEffect, type ReactNode } from 'react'
import type { MenuCommand } from '../../../shared/ipc'

/** A command from the menu or a shortcut, waiting for the view that handles it. */
export interface AppCommand {
  command: MenuCommand
  at: number
}

const Ctx = createContext<{ pending: AppCommand | null; clear: () => void }>({ pending: null, clear: () => undefined })

export function AppCommandsProvider({ pending, clear, children }: { pending: AppCommand | null; clear: () => void; children: ReactNode }): ReactNode {
  return <Ctx.Provider value={{ pending, clear }}>{children}</Ctx.Provider>
}

/** Runs `handler` when one of `commands` is pending, then clears it. */
export function useAppCommand(commands: MenuCommand[], handler: (command: MenuCommand) => void): void {
  const { pending, clear } = useContext(Ctx)
  useEffect(() => {
    if (pending && commands.includes(pending.command)) {
      clear()
      handler(pending.command)
    }
  }, [pending, clear, commands, handler])
}
