import { existsSync } from 'node:fs'

/** Flags that let Debian's Chromium run headless as root on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** The Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium'
}

export function chromiumMissingMessage(): string | null {
  const path = chromiumPath()
  if (existsSync(path)) return null
  return `Chromium not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable. Playwright cannot download its own browser on this network.`
}
