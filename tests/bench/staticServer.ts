import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'

/** Serves a built benchmark page from `root` on a free loopback port. */
export function serve(root: string): Promise<{ url: string; close: () => void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  const server = createServer((req, res) => {
    const path = join(root, req.url === '/' || !req.url ? 'index.html' : req.url.split('?')[0])
    if (!path.startsWith(root)) return void res.writeHead(403).end()
    let body: Buffer
    try {
      body = readFileSync(path)
    } catch {
      return void res.writeHead(404).end()
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() })
    })
  )
}
