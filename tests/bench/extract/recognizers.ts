// Microsoft Recognizers-Text as a claim "extractor", for comparison: every number, percentage, currency and
// dimension it recognises counts as a claim (it has no notion of subject, speaker or non-claim). Two configurations:
// its four recognisers merged, and its number recogniser alone. No-break spaces are turned into spaces for it (its
// expressions only know U+0020 between digit groups and words); the text keeps its length, so offsets still match.
import { Culture, recognizeCurrency, recognizeDimension, recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-suite'
import type { Lang } from '../../../shared/model'
import type { PredictedClaim } from '../../unit/extract/goldScore'

interface RtResult {
  start: number
  end: number
  text: string
  typeName: string
  resolution?: { value?: string | null; unit?: string | null } | null
}

const CULTURE: Record<Lang, string> = { fr: Culture.French, en: Culture.English }

const CURRENCY: Record<string, string> = {
  Euro: 'EUR', Dollar: 'USD', 'United States dollar': 'USD', Pound: 'GBP', 'British pound': 'GBP', 'Livre sterling': 'GBP',
  'Swiss franc': 'CHF', 'Franc suisse': 'CHF', Yen: 'JPY', 'Japanese yen': 'JPY', Rupee: 'INR', 'Indian rupee': 'INR'
}

function parseValue(s: string | null | undefined): number | undefined {
  if (typeof s !== 'string') return undefined
  const v = Number(s.replace('%', '').replace(',', '.').trim())
  return Number.isFinite(v) ? v : undefined
}

/** The text as Recognizers-Text reads it best: no-break and narrow no-break spaces as plain spaces (same length). */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
}

/** Runs the four recognisers on one string; overlapping results keep the longest (the suite has no merge of its own). */
export function recognizeAll(raw: string, lang: Lang): RtResult[] {
  const culture = CULTURE[lang]
  const text = normaliseSpaces(raw)
  const all = [
    ...(recognizeNumber(text, culture) as RtResult[]),
    ...(recognizePercentage(text, culture) as RtResult[]),
    ...(recognizeCurrency(text, culture) as RtResult[]),
    ...(recognizeDimension(text, culture) as RtResult[])
  ]
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: RtResult[] = []
  for (const r of all) if (!kept.some((k) => k.start <= r.end && r.start <= k.end)) kept.push(r)
  return kept.sort((a, b) => a.start - b.start)
}

/** The number recogniser alone (integers, decimals, fractions, written numbers; no units). */
export function recognizeNumbersOnly(raw: string, lang: Lang): RtResult[] {
  return recognizeNumber(normaliseSpaces(raw), CULTURE[lang]) as RtResult[]
}

/** Recognizers-Text output in the gold scorer's terms (its `end` is inclusive): four recognisers, or numbers alone. */
export function recognizersAsClaims(text: string, lang: Lang, mode: 'all' | 'number' = 'all'): PredictedClaim[] {
  const out: PredictedClaim[] = []
  for (const r of mode === 'all' ? recognizeAll(text, lang) : recognizeNumbersOnly(text, lang)) {
    const value = parseValue(r.resolution?.value)
    if (value === undefined) continue
    let unit: string | null = null
    if (r.typeName === 'percentage') unit = '%'
    else if (r.typeName === 'currency') unit = CURRENCY[r.resolution?.unit ?? ''] ?? r.resolution?.unit ?? null
    else if (r.typeName === 'dimension') unit = r.resolution?.unit ?? null
    out.push({ start: r.start, end: r.end + 1, value, unit, subject: null, speaker: null })
  }
  return out
}
