// Renders resources/icon.svg to resources/icon.png (512×512) for electron-builder: node resources/render-icon.mjs
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
const svg = readFileSync('resources/icon.svg', 'utf8')
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const p = await b.newPage({ viewport: { width: 512, height: 512 } })
await p.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
await p.screenshot({ path: 'resources/icon.png', omitBackground: true })
await b.close()
