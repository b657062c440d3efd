// Peak memory of the extractor on one large input, run by run.ts in a process of its own (so nothing else is loaded):
// node --import tsx tests/bench/extract/memory.ts fr|en   (BENCH_MEMORY_MB, default 10). Prints one line of JSON.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

// BENCH_CORPUS when run from a bundle (run.ts bundles this file so that the measured process is plain Node, no tsx)
const corpusDir = process.env.BENCH_CORPUS ?? resolve(__dirname, '../../..', '..', 'shared', 'corpus', 'bench')
const MEMORY_INPUT_BYTES = Number(process.env.BENCH_MEMORY_MB ?? 10) * 1e6

export interface MemoryFigures { lang: Lang; bytes: number; seconds: number; claims: number; baseRssMb: number; peakRssMb: number; peakHeapMb: number }

/**
 * One extractClaims call on about 10 MB of one language's text, as an import of
 * one huge document would make it; prints the high-water resident memory of the whole process (plain Node when
 * run.ts bundles it, Node and tsx when run directly).
 */
function peakMemory(lang: Lang): void {
  const baseRssMb = process.memoryUsage().rss / 1e6
  const base = readFileSync(join(corpusDir, `${lang}.txt`), 'utf8')
  const parts: string[] = []
  let bytes = 0
  while (bytes < MEMORY_INPUT_BYTES) {
    parts.push(base)
    bytes += Buffer.byteLength(base) + 1
  }
  const text = parts.join('\n')
  let peakHeap = 0
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5)
  const t0 = performance.now()
  const claims = extractClaims(text, { lang }).length
  const seconds = (performance.now() - t0) / 1000
  clearInterval(sampler)
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  const figures: MemoryFigures = {
    lang, bytes: Buffer.byteLength(text), seconds, claims, baseRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1e6
  }
  process.stdout.write(JSON.stringify(figures) + '\n')
}


peakMemory(process.argv[2] === 'en' ? 'en' : 'fr')
