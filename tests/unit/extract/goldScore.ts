/**
 * Scoring numeric-claim extractors against the annotated gold set in tests/fixtures/claims/.
 *
 * Reusable on purpose: the gold test scores shared/extract with it, and the benchmark scores
 * Microsoft Recognizers-Text with the same code, so both systems are judged by one rule.
 * Conventions of the gold files are documented in tests/fixtures/claims/README.md.
 */
import { figureSpan } from '../../../shared/figureSpan'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { CLAIM_KINDS, LANGS, type ExtractedClaim, type Lang, type Result } from '../../../shared/model'

const claimKind = z.enum(CLAIM_KINDS as unknown as [string, ...string[]])

const goldClaimSchema = z.strictObject({
  quote: z.string().min(1),
  /** UTF-16 offset of the quote in the text; only needed when the quote occurs more than once. */
  start: z.number().int().nonnegative().optional(),
  value: z.number().finite(),
  valueHigh: z.number().finite().nullable(),
  previous: z.strictObject({ value: z.number().finite() }).nullable(),
  kind: claimKind,
  unit: z.string().min(1).nullable(),
  approx: z.string().min(1).nullable(),
  subject: z.string().min(1),
  speaker: z.string().min(1).nullable(),
  period: z.string().min(1).nullable()
})

/** Where a real-text passage was taken from (tests/fixtures/claims/GUIDELINES.md §4). */
const goldSourceSchema = z
  .strictObject({
    corpus: z.string().min(1),
    /** Line range in a published corpus file… */
    lines: z.string().regex(/^\d+-\d+$/, 'a line range such as "16-17"').optional(),
    /** …or the public web page the passage was copied from. */
    url: z.string().url().optional(),
    licence: z.string().min(1)
  })
  .refine((s) => (s.lines === undefined) !== (s.url === undefined), 'a source gives either its corpus line range or its page url')

/** The genres a real-text passage may be filed under. */
export const GOLD_GENRES = [
  'parliament', 'speech', 'wire', 'local-news', 'market-report', 'economy', 'interview', 'statistics', 'press-release', 'feature', 'transcript'
] as const

const goldPassageSchema = z.strictObject({
  id: z.string().min(1),
  /** Real-text passages: the published corpus and line range, the source document (the split unit) and the genre. */
  source: goldSourceSchema.optional(),
  doc: z.string().min(1).optional(),
  genre: z.enum(GOLD_GENRES).optional(),
  lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
  text: z.string().min(1),
  claims: z.array(goldClaimSchema),
  nonClaims: z.array(z.string().min(1))
})

/** One annotated claim of a gold passage. */
export type GoldClaim = z.infer<typeof goldClaimSchema>

/** One annotated passage (one line of a gold .jsonl file). */
export type GoldPassage = z.infer<typeof goldPassageSchema> & {
  /** File the passage came from (set by loadGold), e.g. "fr-interviews.jsonl". */
  file?: string
}

/**
 * The least an extractor must say about a claim to be scored: where it is and what it is.
 * Optional fields count towards the attribute accuracies only; missing means null.
 */
export interface PredictedClaim {
  start: number
  end: number
  value: number
  valueHigh?: number | null
  previous?: { value: number } | null
  unit?: string | null
  subject?: string | null
  speaker?: string | null
}

/** A claim from shared/extract in the scorer's terms (the CLI's JSONL output has the same fields). */
export function fromExtracted(c: Pick<ExtractedClaim, 'start' | 'end' | 'figureStart' | 'figureEnd' | 'value' | 'valueHigh' | 'previous' | 'unit' | 'subject' | 'speaker'>): PredictedClaim {
  // gold quotes are figure spans (GUIDELINES.md §3); the extractor's quote is the clause around it
  const figure = figureSpan(c)
  return {
    start: figure.start,
    end: figure.end,
    value: c.value,
    valueHigh: c.valueHigh ?? null,
    previous: c.previous ? { value: c.previous.value } : null,
    unit: c.unit ?? null,
    subject: c.subject,
    speaker: c.speaker ?? null
  }
}

/** Figures for one language (or for all passages). */
export interface LangScore {
  passages: number
  gold: number
  predicted: number
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
  /** Among matches: share whose unit equals the gold unit (null = no unit). */
  unitAcc: number
  valueHighAcc: number
  previousAcc: number
  /** Gold decreases (negative values) among the matches, and the share predicted with a negative value. */
  decreases: number
  signAcc: number
  /** Among matches whose gold claim has a previous value: share predicted with that previous value. */
  withPrevious: number
  previousRecall: number
  /** Among matches: share whose subject shares enough words with the gold subject. */
  subjectAcc: number
  speakerAcc: number
  /** Predictions that land on an annotated non-claim with its number as value. */
  nonClaimHits: number
}

/** A gold claim nobody predicted, a prediction nothing matched, or a non-claim hit, for reading. */
export interface ScoreError {
  passageId: string
  text: string
  value: number
  start: number
  end: number
}

/** A wrong attribute on a matched claim, for reading. */
export interface AttributeError {
  passageId: string
  quote: string
  field: 'unit' | 'valueHigh' | 'previous' | 'subject' | 'speaker' | 'sign'
  gold: unknown
  predicted: unknown
}

/** Everything scoreGold measured. */
export interface ScoreReport {
  byLang: Partial<Record<Lang, LangScore>>
  /** Per gold file (language and style, e.g. "fr-interviews"), for passages loaded by loadGold. */
  byStyle: Record<string, LangScore>
  all: LangScore
  falseNegatives: ScoreError[]
  falsePositives: ScoreError[]
  nonClaimHits: ScoreError[]
  attributeErrors: AttributeError[]
}

/** Parse one .jsonl line of the gold set; the error names the file, the line and the reason. */
export function parseGoldLine(line: string, where: string): Result<GoldPassage> {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (e) {
    return { ok: false, error: `${where}: not JSON (${(e as Error).message})` }
  }
  const parsed = goldPassageSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, error: `${where}: ${issue.path.join('.') || '(line)'}: ${issue.message}` }
  }
  return { ok: true, value: parsed.data }
}

/** Read every *.jsonl file of `dir` (sorted by name, blank lines skipped) into passages. */
export function loadGold(dir: string): Result<GoldPassage[]> {
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()
  } catch (e) {
    return { ok: false, error: `${dir}: cannot list the gold directory (${(e as Error).message})` }
  }
  if (names.length === 0) return { ok: false, error: `${dir}: no .jsonl gold file` }
  const passages: GoldPassage[] = []
  const ids = new Set<string>()
  for (const name of names) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === '') continue
      const parsed = parseGoldLine(lines[i], `${name}:${i + 1}`)
      if (!parsed.ok) return parsed
      if (ids.has(parsed.value.id)) return { ok: false, error: `${name}:${i + 1}: duplicate passage id "${parsed.value.id}"` }
      ids.add(parsed.value.id)
      passages.push({ ...parsed.value, file: name })
    }
  }
  return { ok: true, value: passages }
}

/** Every offset where `needle` occurs in `text` (overlapping occurrences included). */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i)
  return found
}

/**
 * Where a gold quote sits in its passage: at its `start` hint when given, else at its only
 * occurrence. Returns null when the quote is absent, ambiguous, or the hint is wrong.
 */
export function locateQuote(text: string, claim: Pick<GoldClaim, 'quote' | 'start'>): { start: number; end: number } | null {
  if (claim.start !== undefined) {
    return text.startsWith(claim.quote, claim.start) ? { start: claim.start, end: claim.start + claim.quote.length } : null
  }
  const at = occurrences(text, claim.quote)
  return at.length === 1 ? { start: at[0], end: at[0] + claim.quote.length } : null
}

/** Lower-case, strip accents, turn typographic apostrophes and no-break spaces into plain ones. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
}

// Function words carry no meaning for "is this the same subject?"; without removing them a
// predicted subject "de" would be "contained" in every gold subject.
const FUNCTION_WORDS = new Set(
  ('a an the of in on at to for by and or its their his her this that these those ' +
    'de des du d la le les l un une en au aux a et ou sur par pour dans ses leurs son sa ce ces cet cette qui que')
    .split(' ')
)

/** The content words of a phrase, lower-cased and accent-folded. */
export function contentWords(s: string): Set<string> {
  const words = fold(s).split(/[^\p{L}\p{N}]+/u)
  return new Set(words.filter((w) => w !== '' && !FUNCTION_WORDS.has(w)))
}

/**
 * Subjects agree when their content words overlap by Jaccard ≥ 0.5. Containment is not enough: a
 * one-word fragment ("taux") inside a long gold subject ("taux de chômage des jeunes") is wrong.
 */
export function subjectsAgree(gold: string, predicted: string | null | undefined): boolean {
  if (!predicted) return false
  const g = contentWords(gold)
  const p = contentWords(predicted)
  if (g.size === 0 || p.size === 0) return fold(gold).trim() === fold(predicted).trim()
  let shared = 0
  for (const w of p) if (g.has(w)) shared++
  const union = g.size + p.size - shared
  return shared / union >= 0.5
}

// Titles and articles that name the same person or body either way ("M. Nunez", "l'Insee").
const SPEAKER_NOISE = new Set('m mme mlle mr mrs ms dr sir dame lord lady le la les l the'.split(' '))

function speakerWords(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !SPEAKER_NOISE.has(w))
}

/**
 * Speakers agree when both are null, or when their folded words (titles and articles dropped)
 * are equal or one is a subset of the other ("NUNEZ" in a transcript turn, "Laurent Nunez" in prose).
 */
export function speakersAgree(gold: string | null, predicted: string | null | undefined): boolean {
  if (gold === null || predicted === null || predicted === undefined || predicted.trim() === '') {
    return gold === null && (predicted === null || predicted === undefined || predicted.trim() === '')
  }
  const g = speakerWords(gold)
  const p = speakerWords(predicted)
  if (g.length === 0 || p.length === 0) return g.length === p.length
  const [small, big] = g.length <= p.length ? [g, new Set(p)] : [p, new Set(g)]
  return small.every((w) => big.has(w))
}

/** Relative equality with tolerance 1e-9 (absolute near zero). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300)
}

function sameOptionalNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  const x = a ?? null
  const y = b ?? null
  if (x === null || y === null) return x === y
  return sameNumber(x, y)
}

const SMALL_WORD_NUMBERS: Record<string, number> = {
  un: 1, une: 1, premier: 1, premiere: 1, er: 1, one: 1, first: 1, deux: 2, second: 2, seconde: 2,
  two: 2, trois: 3, three: 3, third: 3, troisieme: 3, quatre: 4, four: 4, fourth: 4, cinq: 5, five: 5,
  six: 6, sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10, ten: 10, douze: 12, twelve: 12,
  dozen: 12, douzaine: 12, cent: 100, hundred: 100, mille: 1000, thousand: 1000,
  // "a year", "an hour", "a decade ago": framing durations whose number is a word.
  a: 1, an: 1, decade: 10, decennie: 10, dizaine: 10,
  // ordinals and adverbs used as names or list markers ("septième rapport", "Thirdly", "deuxième lecture")
  premierement: 1, premiers: 1, premieres: 1, firstly: 1, deuxieme: 2, deuxiemement: 2, secondly: 2, troisiemement: 3, thirdly: 3, troiseme: 3,
  quatrieme: 4, cinquieme: 5, fifth: 5, sixieme: 6, sixth: 6, septieme: 7, seventh: 7, huitieme: 8, eighth: 8,
  neuvieme: 9, ninth: 9, dixieme: 10, tenth: 10, quatres: 4, centennial: 100,
  double: 2, doubler: 2, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  // the rest of the number words, so a non-claim written in words ("Vingt ans plus tard", "over the past twenty years",
  // "Les Quinze", "doubles coques", "Primo") is recognised as holding its number
  onze: 11, eleven: 11, treize: 13, thirteen: 13, quatorze: 14, fourteen: 14, quinze: 15, fifteen: 15, seize: 16, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, vingt: 20, vingts: 20, twenty: 20, trente: 30, thirty: 30, quarante: 40, forty: 40,
  cinquante: 50, fifty: 50, soixante: 60, sixty: 60, seventy: 70, eighty: 80, ninety: 90, cents: 100, hundreds: 100,
  thousands: 1000, milliers: 1000, centaines: 100, dizaines: 10, billion: 1e9, billions: 1e9, trillion: 1e12,
  half: 0.5, moitie: 0.5, demi: 0.5, demie: 0.5, tiers: 1 / 3, quart: 0.25, quarter: 0.25, quarters: 0.25, twice: 2, doubles: 2,
  triple: 3, primo: 1, secundo: 2, tertio: 3, zero: 0, dozens: 12, douzaines: 12, couple: 2
}

/**
 * The numbers a non-claim string could be read as: every digit run, adjacent runs joined as a
 * decimal ("49.3", "8:30" → 8.3 and 8.5, "20h30" → 20.3 and 20.5), all the digits of the string
 * concatenated (phone numbers, "75 018"), and small number words ("Un an après", "premier",
 * "within a year", "a decade ago").
 */
export function numbersIn(s: string): number[] {
  const values = new Set<number>()
  const runs = [...s.matchAll(/\d+/g)]
  for (const r of runs) values.add(Number(r[0]))
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i]
    const b = runs[i + 1]
    const gap = s.slice((a.index ?? 0) + a[0].length, b.index)
    if (gap.length === 1) {
      values.add(Number(`${a[0]}.${b[0]}`))
      if (/[h:]/i.test(gap)) values.add(Number(a[0]) + Number(b[0]) / 60)
    }
  }
  const allDigits = s.replace(/\D/g, '')
  if (allDigits !== '') values.add(Number(allDigits))
  for (const w of fold(s).split(/[^\p{L}]+/u)) if (w in SMALL_WORD_NUMBERS) values.add(SMALL_WORD_NUMBERS[w])
  return [...values]
}

function emptyScore(): LangScore {
  return {
    passages: 0, gold: 0, predicted: 0, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0,
    unitAcc: 0, valueHighAcc: 0, previousAcc: 0, decreases: 0, signAcc: 1, withPrevious: 0, previousRecall: 1, subjectAcc: 0, speakerAcc: 0, nonClaimHits: 0
  }
}

interface Tally {
  score: LangScore
  unit: number
  valueHigh: number
  previous: number
  subject: number
  speaker: number
  sign: number
  previousFound: number
}

function finish(t: Tally): LangScore {
  const s = t.score
  s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp)
  s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn)
  s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall)
  const among = (n: number): number => (s.tp === 0 ? 0 : n / s.tp)
  s.unitAcc = among(t.unit)
  s.valueHighAcc = among(t.valueHigh)
  s.previousAcc = among(t.previous)
  s.subjectAcc = among(t.subject)
  s.speakerAcc = among(t.speaker)
  s.signAcc = s.decreases === 0 ? 1 : t.sign / s.decreases
  s.previousRecall = s.withPrevious === 0 ? 1 : t.previousFound / s.withPrevious
  return s
}

function emptyTally(): Tally {
  return { score: emptyScore(), unit: 0, valueHigh: 0, previous: 0, subject: 0, speaker: 0, sign: 0, previousFound: 0 }
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/**
 * Score `predict` on the gold passages. A prediction matches a gold claim when its span overlaps
 * the gold quote's span and its absolute value is equal (relative tolerance 1e-9; the sign is scored apart, as signAcc); matching is one-to-one,
 * greedy by overlap length. Unmatched predictions are false positives (the gold set annotates every
 * claim of each passage), unmatched gold claims false negatives. Attribute accuracies are measured
 * among matches. Throws when a gold quote cannot be located (run the schema test first).
 */
export function scoreGold(passages: readonly GoldPassage[], predict: (p: GoldPassage) => readonly PredictedClaim[]): ScoreReport {
  const tallies = new Map<string, Tally>()
  const tally = (k: string): Tally => {
    let t = tallies.get(k)
    if (!t) {
      t = emptyTally()
      tallies.set(k, t)
    }
    return t
  }
  const report: ScoreReport = { byLang: {}, byStyle: {}, all: emptyScore(), falseNegatives: [], falsePositives: [], nonClaimHits: [], attributeErrors: [] }

  for (const p of passages) {
    // Style tallies live beside the language ones, under a prefix no language code can take.
    const keys = [p.lang, 'all', ...(p.file ? [`style:${p.file.replace(/\.jsonl$/, '')}`] : [])]
    const gold = p.claims.map((c) => {
      const span = locateQuote(p.text, c)
      if (!span) throw new Error(`gold passage ${p.id}: quote "${c.quote}" not found once in the text (give "start")`)
      return { claim: c, ...span }
    })
    const preds = [...predict(p)]
    const nonClaimSpans = p.nonClaims.flatMap((nc) =>
      occurrences(p.text, nc).map((start) => ({ start, end: start + nc.length, numbers: numbersIn(nc) }))
    )

    const pairs: { g: number; q: number; ov: number }[] = []
    gold.forEach((g, gi) =>
      preds.forEach((q, qi) => {
        const ov = overlap(g, q)
        // magnitudes match: a decrease read with the wrong sign is a match with a sign error, not a miss
        if (ov > 0 && sameNumber(Math.abs(g.claim.value), Math.abs(q.value))) pairs.push({ g: gi, q: qi, ov })
      })
    )
    pairs.sort((a, b) => b.ov - a.ov || a.g - b.g || a.q - b.q)
    const goldTaken = new Array<boolean>(gold.length).fill(false)
    const predTaken = new Array<boolean>(preds.length).fill(false)
    const matches: { g: number; q: number }[] = []
    for (const pair of pairs) {
      if (goldTaken[pair.g] || predTaken[pair.q]) continue
      goldTaken[pair.g] = predTaken[pair.q] = true
      matches.push(pair)
    }

    for (const t of keys.map(tally)) {
      const s = t.score
      s.passages++
      s.gold += gold.length
      s.predicted += preds.length
      s.tp += matches.length
      s.fn += gold.length - matches.length
      s.fp += preds.length - matches.length
    }

    const check = (g: GoldClaim, field: Exclude<AttributeError['field'], 'sign'>, ok: boolean, predicted: unknown): number => {
      if (!ok) report.attributeErrors.push({ passageId: p.id, quote: g.quote, field, gold: g[field], predicted })
      return ok ? 1 : 0
    }
    for (const m of matches) {
      const g = gold[m.g].claim
      const q = preds[m.q]
      const unit = check(g, 'unit', (q.unit ?? null) === g.unit, q.unit ?? null)
      const valueHigh = check(g, 'valueHigh', sameOptionalNumber(g.valueHigh, q.valueHigh), q.valueHigh ?? null)
      const previous = check(g, 'previous', sameOptionalNumber(g.previous?.value, q.previous?.value), q.previous ?? null)
      const subject = check(g, 'subject', subjectsAgree(g.subject, q.subject), q.subject ?? null)
      const speaker = check(g, 'speaker', speakersAgree(g.speaker, q.speaker), q.speaker ?? null)
      const decrease = g.value < 0 ? 1 : 0
      const signOk = Math.sign(g.value) === Math.sign(q.value) || g.value === 0
      if (!signOk) report.attributeErrors.push({ passageId: p.id, quote: g.quote, field: 'sign', gold: g.value, predicted: q.value })
      const hasPrevious = g.previous ? 1 : 0
      const previousFound = g.previous && q.previous && sameNumber(g.previous.value, q.previous.value) ? 1 : 0
      for (const t of keys.map(tally)) {
        t.score.decreases += decrease
        if (decrease && q.value < 0) t.sign++
        t.score.withPrevious += hasPrevious
        t.previousFound += previousFound
        t.unit += unit
        t.valueHigh += valueHigh
        t.previous += previous
        t.subject += subject
        t.speaker += speaker
      }
    }

    gold.forEach((g, gi) => {
      if (!goldTaken[gi]) report.falseNegatives.push({ passageId: p.id, text: g.claim.quote, value: g.claim.value, start: g.start, end: g.end })
    })
    preds.forEach((q, qi) => {
      if (predTaken[qi]) return
      const error = { passageId: p.id, text: p.text.slice(q.start, q.end), value: q.value, start: q.start, end: q.end }
      report.falsePositives.push(error)
      // A non-claim is hit when a prediction lands on it reading its number, or lies wholly inside it.
      const hit = nonClaimSpans.some(
        (nc) => overlap(nc, q) > 0 && (nc.numbers.some((n) => sameNumber(n, q.value)) || (q.start >= nc.start && q.end <= nc.end))
      )
      if (hit) {
        report.nonClaimHits.push(error)
        for (const t of keys.map(tally)) t.score.nonClaimHits++
      }
    })
  }

  for (const lang of LANGS) {
    const t = tallies.get(lang)
    if (t) report.byLang[lang] = finish(t)
  }
  for (const [k, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    if (k.startsWith('style:')) report.byStyle[k.slice('style:'.length)] = finish(t)
  }
  report.all = finish(tallies.get('all') ?? emptyTally())
  return report
}

const COLUMNS: [keyof LangScore, string][] = [
  ['passages', 'pass'], ['gold', 'gold'], ['predicted', 'pred'], ['tp', 'tp'], ['fp', 'fp'], ['fn', 'fn'],
  ['precision', 'P'], ['recall', 'R'], ['f1', 'F1'], ['unitAcc', 'unit'], ['valueHighAcc', 'high'],
  ['previousAcc', 'prev'], ['withPrevious', 'w/prev'], ['previousRecall', 'prevR'], ['decreases', 'decr'], ['signAcc', 'sign'], ['subjectAcc', 'subj'], ['speakerAcc', 'spkr'], ['nonClaimHits', 'nonClaim']
]

/**
 * A fixed-width table of the report: one row per language and one for all passages, then,
 * with `byStyle`, one row per gold file.
 */
export function formatScore(report: ScoreReport, options: { byStyle?: boolean } = {}): string {
  const rows: [string, LangScore][] = [
    ...LANGS.flatMap((l): [string, LangScore][] => (report.byLang[l] ? [[l, report.byLang[l]]] : [])),
    ['all', report.all],
    ...(options.byStyle ? Object.entries(report.byStyle) : [])
  ]
  const cell = (k: keyof LangScore, v: number): string =>
    ['precision', 'recall', 'f1', 'unitAcc', 'valueHighAcc', 'previousAcc', 'previousRecall', 'signAcc', 'subjectAcc', 'speakerAcc'].includes(k) ? v.toFixed(3) : String(v)
  const table = [['lang', ...COLUMNS.map(([, h]) => h)], ...rows.map(([name, s]) => [name, ...COLUMNS.map(([k]) => cell(k, s[k]))])]
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)))
  return table.map((r) => r.map((c, i) => c.padStart(widths[i])).join('  ')).join('\n')
}

/** The first `limit` errors of each sort, one per line, for finding what to fix. */
export function formatErrors(report: ScoreReport, limit = 20): string {
  const out: string[] = []
  const list = (title: string, errors: ScoreError[]): void => {
    out.push(`${title} (${errors.length})`)
    for (const e of errors.slice(0, limit)) out.push(`  ${e.passageId}  ${JSON.stringify(e.text)} = ${e.value}`)
  }
  list('missed (false negatives)', report.falseNegatives)
  list('spurious (false positives)', report.falsePositives)
  list('non-claims extracted', report.nonClaimHits)
  out.push(`wrong attributes (${report.attributeErrors.length})`)
  for (const e of report.attributeErrors.slice(0, limit)) {
    out.push(`  ${e.passageId}  ${JSON.stringify(e.quote)} ${e.field}: gold ${JSON.stringify(e.gold)}, got ${JSON.stringify(e.predicted)}`)
  }
  return out.join('\n')
}
