import { z } from 'zod'
import { LIMITS, type IpcChannel, type IpcContract } from '../../shared/ipc'

// Every argument that crosses from the renderer is `unknown` until one of these parses it.
const extension = z.string().regex(/^[a-z0-9]{1,10}$/i, 'an extension is letters and digits, without the dot')

const openFiles = z.object({
  extensions: z.array(extension).max(50),
  multiple: z.boolean(),
  title: z.string().max(200).optional()
}).strict()

const saveFile = z.object({
  suggestedName: z.string().min(1).max(255).refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..', 'a file name, not a path'),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= LIMITS.maxSaveBytes, `at most ${LIMITS.maxSaveBytes} bytes`),
  extensions: z.array(extension).max(20)
}).strict()

const fetchUrl = z.object({
  url: z.string().min(1).max(LIMITS.maxUrlLength)
}).strict()

const schemas: { [K in IpcChannel]: z.ZodType<IpcContract[K]['request']> } = {
  'files:open': openFiles,
  'files:save': saveFile,
  'url:fetch': fetchUrl,
  'app:info': z.null()
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** Parses a channel's argument from `unknown`; the error says which field is wrong and why. */
export function parseRequest<K extends IpcChannel>(channel: K, input: unknown): Parsed<IpcContract[K]['request']> {
  const schema = schemas[channel] as z.ZodType<IpcContract[K]['request']> | undefined
  if (!schema) return { ok: false, error: `Unknown request "${String(channel)}".` }
  const parsed = schema.safeParse(input === undefined ? null : input)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const where = issue && issue.path.length ? ` (${issue.path.join('.')})` : ''
  return { ok: false, error: `Invalid request for ${channel}${where}: ${issue ? issue.message : 'malformed'}.` }
}
