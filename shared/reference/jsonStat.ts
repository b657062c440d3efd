/**
 * JSON-stat (2.0 datasets and collections, 1.x bundles), as Eurostat, the ONS, Statistics Norway
 * and the OECD serve it, read with jsonstat-toolkit. The time dimension (role "time", else an id
 * such as "time" or "year") gives the periods; every other dimension is one the user may choose.
 */
import JSONstat, { type JsonStatDataset } from 'jsonstat-toolkit'
import { type Result } from '../model'
import { readDate, readUnit } from './csvRows'
import { readPeriod } from './period'
import { readStatus } from './status'
import { type ReferenceTable, TableBuilder } from './table'

const TIME_IDS = new Set(['time', 'year', 'time_period', 'tid', 'tidsperiode', 'periode', 'period', 'date', 'month', 'quarter'])
const GEO_IDS = new Set(['geo', 'area', 'country', 'region', 'ref_area', 'region_code'])
const PUBLISHERS: readonly [RegExp, string][] = [[/^estat$|eurostat/i, 'Eurostat'], [/statistics norway|statistisk sentralbyr|ssb/i, 'Statistics Norway'], [/\boecd\b/i, 'OECD'], [/office for national statistics|\bons\b/i, 'ONS'], [/insee/i, 'INSEE']]

function firstDataset(fileName: string, json: unknown): Result<JsonStatDataset> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: `${fileName}: not a JSON-stat object` }
  try {
    const j = JSONstat(json)
    if (j.class === 'dataset' && Array.isArray(j.id)) return { ok: true, value: j as unknown as JsonStatDataset }
    if ((j.class === 'bundle' || j.class === 'collection') && j.length > 0) {
      const d = j.Dataset(0)
      if (d && Array.isArray(d.id) && d.id.length > 0) return { ok: true, value: d }
    }
  } catch (e) {
    // The toolkit throws on a malformed cube (a dimension without categories, a size that does not match).
    return { ok: false, error: `${fileName}: not a readable JSON-stat dataset (${e instanceof Error ? e.message : String(e)})` }
  }
  return { ok: false, error: `${fileName}: no JSON-stat dataset in the file (version 2.0 “class”: “dataset”, a collection or a 1.x bundle)` }
}

export function readJsonStat(fileName: string, text: string): Result<ReferenceTable> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return { ok: false, error: `${fileName}: not valid JSON (${e instanceof Error ? e.message : String(e)})` }
  }
  const found = firstDataset(fileName, json)
  if (!found.ok) return found
  const ds = found.value
  const ids = ds.id
  const sizes = ds.size
  if (!Array.isArray(sizes) || sizes.length !== ids.length) return { ok: false, error: `${fileName}: the dataset's “size” does not match its “id”` }
  const timeId = ds.role?.time?.[0] ?? ids.find((id) => TIME_IDS.has(id.toLowerCase()))
  if (timeId === undefined) return { ok: false, error: `${fileName}: no time dimension (role “time”, or an id such as “time” or “year”) among ${ids.join(', ')}` }
  const geoIds = new Set([...(ds.role?.geo ?? []), ...ids.filter((id) => GEO_IDS.has(id.toLowerCase()))])
  const builder = new TableBuilder(fileName, 'json-stat')
  const timePos = ids.indexOf(timeId)
  const dims = ids.map((id) => ds.Dimension(id))
  const periods: string[] = []
  const timeDim = dims[timePos]
  if (!timeDim) return { ok: false, error: `${fileName}: the time dimension “${timeId}” has no categories` }
  for (const cat of timeDim.id) {
    const p = readPeriod(cat) ?? readPeriod(timeDim.Category(cat)?.label ?? '')
    if (!p) return { ok: false, error: `${fileName}: time category “${cat.slice(0, 30)}” is not a period (2023, 2023-Q1, 2023Q1, 2023-03, 2023M03)` }
    periods.push(p.period)
  }
  const tableDim: number[] = ids.map((id, i) => (i === timePos ? -1 : builder.dimension(id, dims[i]?.label ?? id, geoIds.has(id))))
  ids.forEach((_, i) => {
    const d = dims[i]
    if (i === timePos || !d) return
    for (const cat of d.id) builder.valueIndex(tableDim[i], cat, d.Category(cat)?.label ?? cat)
  })
  const total = sizes.reduce((a, b) => a * b, 1)
  const coords = sizes.map(() => 0)
  for (let n = 0; n < total; n++) {
    const datum = ds.Data(n)
    const v = datum?.value
    if (typeof v === 'number' && Number.isFinite(v)) {
      const key = coords.filter((_, i) => i !== timePos).join(',')
      const added = builder.add(key, periods[coords[timePos]], v, readStatus(datum?.status), n + 1)
      if (!added.ok) return { ok: false, error: added.error.replace(/line (\d+)/, 'value $1') }
    } else if (v !== null && v !== undefined && typeof v !== 'number') {
      return { ok: false, error: `${fileName}: value ${n + 1} “${String(v).slice(0, 30)}” is not a number` }
    }
    // Row-major order: the last dimension turns fastest.
    for (let i = coords.length - 1; i >= 0; i--) {
      if (++coords[i] < sizes[i]) break
      coords[i] = 0
    }
  }
  const meta: ReferenceTable['meta'] = {}
  if (ds.label) meta.datasetTitle = ds.label
  const publisher = PUBLISHERS.find(([re]) => re.test(ds.source ?? ''))
  if (publisher) meta.publisher = publisher[1]
  else if (ds.source) meta.publisher = ds.source
  const updated = readDate(ds.updated ?? undefined)
  if (updated) meta.updated = updated
  if (ds.href) meta.url = ds.href
  const metric = ds.role?.metric?.[0]
  const unitDim = metric !== undefined ? ds.Dimension(metric) : ds.Dimension('unit')
  const unit = unitDim?.id.length === 1 ? unitDim.Category(unitDim.id[0])?.unit?.label ?? unitDim.id[0] : undefined
  const u = readUnit(unit)
  if (u) meta.unit = u
  return builder.build(meta)
}
