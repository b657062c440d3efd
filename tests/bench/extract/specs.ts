// Coverage of Microsoft Recognizers-Text's FR/EN number, percentage, currency and dimension specs by our `numbers`
// layer (extractNumbers). The specs are read from a copy of the Recognizers-Text repository, never copied here.
// Run: node --import tsx tests/bench/extract/specs.ts [--misses]
//   RT_SPECS: a checkout (with Specs/) or a bare git mirror of github.com/microsoft/Recognizers-Text.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractNumbers } from '../../../shared/extract/index'
import type { Lang, NumberMatch } from '../../../shared/model'

const DEFAULT_SPECS = '/work/.mirror/microsoft+Recognizers-Text/repo'
const specsRoot = process.env.RT_SPECS ?? DEFAULT_SPECS

/** The spec files of the done criterion (number, percentage, currency, dimension); temperature is printed apart. */
const FILES: { path: string; lang: Lang; counted: boolean }[] = [
  ...(['English', 'French'] as const).flatMap((dir) => {
    const lang: Lang = dir === 'English' ? 'en' : 'fr'
    return [
      { path: `Specs/Number/${dir}/NumberModel.json`, lang, counted: true },
      { path: `Specs/Number/${dir}/PercentModel.json`, lang, counted: true },
      { path: `Specs/NumberWithUnit/${dir}/CurrencyModel.json`, lang, counted: true },
      { path: `Specs/NumberWithUnit/${dir}/DimensionModel.json`, lang, counted: true },
      { path: `Specs/NumberWithUnit/${dir}/TemperatureModel.json`, lang, counted: false }
    ]
  })
]

interface SpecResult {
  Text: string
  TypeName: string
  Start?: number
  End?: number
  Resolution?: { value?: string | null; unit?: string | null; isoCurrency?: string } | null
}
interface SpecCase {
  Input: string
  Results: SpecResult[]
  NotSupported?: string
  NotSupportedByDesign?: string
}

/** A spec file's text from a checkout or, for a bare mirror, from its HEAD commit; undefined when absent. */
function readSpec(path: string): string | undefined {
  const file = join(specsRoot, path)
  if (existsSync(file)) return readFileSync(file, 'utf8')
  if (!existsSync(join(specsRoot, 'HEAD'))) return undefined
  try {
    return execFileSync('git', ['--git-dir', specsRoot, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 64e6, stdio: ['ignore', 'pipe', 'ignore'] })
  } catch {
    return undefined // the path is not in that commit: reported as absent below
  }
}

function parseSpec(path: string, text: string): SpecCase[] {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new Error(`${path}: not JSON (${(e as Error).message})`, { cause: e })
  }
  if (!Array.isArray(data)) throw new Error(`${path}: expected an array of cases`)
  return data.map((c: unknown, i) => {
    const o = c as Partial<SpecCase>
    if (typeof o?.Input !== 'string' || !Array.isArray(o.Results)) throw new Error(`${path}: case ${i} has no Input string or Results array`)
    return o as SpecCase
  })
}

/** RT resolution values use the culture's decimal comma ("0,5") and may carry "%". */
function specValue(s: string | null | undefined): number | undefined {
  if (typeof s !== 'string') return undefined
  const v = Number(s.replace('%', '').replace(',', '.').trim())
  return Number.isFinite(v) ? v : undefined
}

// RT unit names (English and French specs) → our unit codes. A list means any of them is right ("Franc" says
// neither which franc nor which country). Subunits ("Cent") are compared as a hundredth of a currency.
const CURRENCY_UNITS: Record<string, string[]> = {
  Dollar: ['USD', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD'], 'United States dollar': ['USD'], 'Dollar États-Unis': ['USD'],
  'Canadian dollar': ['CAD'], 'Dollar Canadien': ['CAD'], 'Australian dollar': ['AUD'], 'Dollar Australien': ['AUD'],
  'Hong Kong dollar': ['HKD'], 'Dollar de Hong Kong': ['HKD'], Euro: ['EUR'], Pound: ['GBP'], Livre: ['GBP'],
  'Japanese yen': ['JPY'], 'Yen Japonais': ['JPY'], 'Chinese yuan': ['CNY'], 'Yuan Chinois': ['CNY'],
  Franc: ['CHF', 'FRF', 'XOF', 'XAF', 'BEF'], 'Swiss franc': ['CHF'], 'Franc Suisse': ['CHF'], 'Finnish markka': ['FIM'],
  'Mark Finlandais': ['FIM'], Peseta: ['ESP'], 'Netherlands guilder': ['NLG'], 'Florins Néerlandais': ['NLG'],
  'Costa Rican colón': ['CRC'], 'Georgian lari': ['GEL'], 'Lao kip': ['LAK'], 'Sri Lankan rupee': ['LKR'], Rupee: ['INR', 'PKR', 'LKR', 'NPR'],
}
const SUBUNITS: Record<string, string[]> = {
  Cent: ['USD', 'EUR', 'CAD', 'AUD'], Centimes: ['EUR', 'CHF'], Pence: ['GBP'], Penny: ['GBP'], Sen: ['JPY', 'MYR', 'IDR'],
  Pesewa: ['GHS']
}
const DIMENSION_UNITS: Record<string, string[]> = {
  Meter: ['m'], Mètres: ['m'], Kilometer: ['km'], Kilomètres: ['km'], Decimeter: ['dm'], Décimètres: ['dm'], Hectomètre: ['hm'],
  Centimètres: ['cm'], Millimeter: ['mm'], Millimètres: ['mm'], Picometer: ['pm'], Mile: ['mi'], Foot: ['ft'], Pied: ['ft'],
  Inch: ['in'], Pouce: ['in'], 'Square meter': ['m²'], 'Mètre carré': ['m²'], 'Square kilometer': ['km²'], 'Kilomètre carré': ['km²'],
  Acre: ['acre'], 'Cubic foot': ['ft³'], 'Pieds cube': ['ft³'], Gallon: ['gal'], Barrel: ['bbl', 'bbl/d'], Baril: ['bbl', 'bbl/d'], Milliliter: ['ml'],
  Millilitre: ['ml'], Litre: ['l'], Pound: ['lb'], Livre: ['lb'], Ounce: ['oz'], Onces: ['oz'], Kilogram: ['kg'], Gram: ['g'],
  Microgram: ['µg'], Microgramme: ['µg'], Ton: ['t'], Tonne: ['t'], 'Metric ton': ['t'], 'Tonne métrique': ['t'],
  'Kilometer per hour': ['km/h'], 'Mile per hour': ['mph'], 'Miles par heure': ['mph'], Bit: ['bit'], Megabit: ['Mbit'], Megabyte: ['MB']
}
const TEMPERATURE_UNITS: Record<string, string[]> = { C: ['°C'], F: ['°F'], Degree: ['°', '°C'], Degré: ['°', '°C'], K: ['K'], Kelvin: ['K'] }

const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

/** True when `m` is an acceptable reading of the expected result `r` (value, and unit where the type has one). */
function accepts(m: NumberMatch, r: SpecResult, expected: number): boolean {
  const values = m.valueHigh === undefined ? [m.value] : [m.value, m.valueHigh]
  const unitIs = (codes: string[] | undefined) => codes !== undefined && m.unit !== undefined && codes.includes(m.unit)
  const rtUnit = r.Resolution?.unit ?? ''
  switch (r.TypeName) {
    case 'percentage':
      return m.unit === '%' && values.some((v) => close(v, expected))
    case 'currency': {
      const sub = SUBUNITS[rtUnit]
      if (sub) return unitIs(sub) && values.some((v) => close(v, expected / 100))
      const iso = r.Resolution?.isoCurrency
      return unitIs(iso ? [iso] : CURRENCY_UNITS[rtUnit]) && values.some((v) => close(v, expected))
    }
    case 'dimension':
      return unitIs(DIMENSION_UNITS[rtUnit]) && values.some((v) => close(v, expected))
    case 'temperature':
      return unitIs(TEMPERATURE_UNITS[rtUnit]) && values.some((v) => close(v, expected))
    default:
      return values.some((v) => close(v, expected))
  }
}

/** The span of an expected result: Start/End (End inclusive) when given, else its text found in the input. */
function spanOf(input: string, r: SpecResult): [number, number] {
  if (typeof r.Start === 'number' && typeof r.End === 'number') return [r.Start, r.End + 1]
  const at = input.toLowerCase().indexOf(r.Text.toLowerCase())
  return at >= 0 ? [at, at + r.Text.length] : [0, input.length]
}

interface FileScore { path: string; counted: boolean; cases: number; covered: number; skipped: number; empty: number; misses: string[] }

function scoreFile(path: string, lang: Lang, counted: boolean, cases: SpecCase[]): FileScore {
  const score: FileScore = { path, counted, cases: 0, covered: 0, skipped: 0, empty: 0, misses: [] }
  for (const c of cases) {
    if ((c.NotSupported && /javascript/i.test(c.NotSupported)) || c.NotSupportedByDesign) {
      score.skipped++
      continue
    }
    // a result with no value is a unit named without a number ("convert to fahrenheit"): not a number expression
    const expected = c.Results.map((r) => ({ r, v: specValue(r.Resolution?.value) })).filter((x) => x.v !== undefined)
    if (expected.length === 0) {
      // nothing to find: such a case would count as covered whatever we read, so it is left out of the figures
      score.empty++
      continue
    }
    score.cases++
    const found = extractNumbers(c.Input, { lang })
    const missing = expected.filter(({ r, v }) => {
      const [s, e] = spanOf(c.Input, r)
      return !found.some((m) => m.start < e && s < m.end && accepts(m, r, v as number))
    })
    if (missing.length === 0) score.covered++
    else {
      const got = found.map((m) => `${m.text}=${m.value}${m.valueHigh !== undefined ? `..${m.valueHigh}` : ''}${m.unit ? ' ' + m.unit : ''}`).join(' | ')
      score.misses.push(`${JSON.stringify(c.Input.slice(0, 160))}\n    want ${missing.map(({ r, v }) => `${r.Text}=${v} ${r.Resolution?.unit ?? r.TypeName}`).join(' | ')}\n    got  ${got || '(nothing)'}`)
    }
  }
  return score
}

function main(): void {
  const scores: FileScore[] = []
  const absent: string[] = []
  for (const f of FILES) {
    const text = readSpec(f.path)
    if (text === undefined) {
      absent.push(f.path)
      continue
    }
    scores.push(scoreFile(f.path, f.lang, f.counted, parseSpec(f.path, text)))
  }
  if (scores.length === 0) {
    console.log(`Recognizers-Text specs are absent from ${specsRoot}: coverage not measured.`)
    console.log('To measure it: git clone --depth 1 https://github.com/microsoft/Recognizers-Text and set RT_SPECS to that directory.')
    return
  }
  const pct = (a: number, b: number): string => (b ? `${((a / b) * 100).toFixed(1)}%` : 'n/a')
  console.log(`Recognizers-Text spec coverage by extractNumbers (specs from ${specsRoot})`)
  for (const s of scores) {
    console.log(
      `${s.counted ? ' ' : '*'} ${s.path.padEnd(52)} ${String(s.covered).padStart(4)} / ${String(s.cases).padEnd(4)} ${pct(s.covered, s.cases).padStart(6)}` +
        `   (${s.skipped} not supported in JavaScript or by design, ${s.empty} with nothing to find: left out)`
    )
  }
  for (const p of absent) console.log(`  ${p}: absent`)
  const counted = scores.filter((s) => s.counted)
  const byLang = (dir: string) => counted.filter((s) => s.path.includes(`/${dir}/`))
  for (const [name, list] of [['English', byLang('English')], ['French', byLang('French')], ['overall FR+EN', counted]] as const) {
    const cov = list.reduce((a, s) => a + s.covered, 0)
    const n = list.reduce((a, s) => a + s.cases, 0)
    console.log(`${name}: ${cov} / ${n} cases covered, ${pct(cov, n)}`)
  }
  console.log('* temperature: printed for information, not part of the overall figure (number, percentage, currency, dimension).')
  if (process.argv.includes('--misses')) {
    for (const s of scores) for (const m of s.misses) console.log(`MISS ${s.path}: ${m}`)
  }
}

main()
