/**
 * report.html: a standalone page a person reads or prints, offline, ten years from now.
 * No script, no external resource: CSS is inline, charts are data: PNGs, and a CSP meta
 * tag forbids anything else even if a record smuggled markup past the escaping (it cannot:
 * every record text goes through escapeHtml). Claims appear once per series (in the
 * series' order, each with its citation) and under their source.
 */
import type { Claim, Lang, ReferenceSeries, Series, Source } from '../model'
import { toBase64 } from './base64'
import { sortClaims } from './claimsJson'
import { escapeHtml, isWebUrl } from './html'
import { isRejected } from './rejected'
import type { BundleContent, ChartInput } from './types'
import { verdictLabel } from './verdicts'

/** What the report is made from. */
export interface ReportInput {
  content: BundleContent
  /** Formatted citation per source id. */
  citations: Map<string, string>
  charts: ChartInput[]
  created: string
  appVersion: string
  locale: Lang
}

const TEXT = {
  en: {
    title: 'Fact-check report',
    created: 'Created',
    summary: (c: number, s: number, r: number) => `${c} claim${c === 1 ? '' : 's'} from ${s} source${s === 1 ? '' : 's'}, ${r} series`,
    rejectedCount: (n: number) => `${n} rejected (not claims; none is published as a fact-check)`,
    status: 'Status',
    rejected: 'Rejected',
    rejectedNote: 'not a claim: its verdict is no fact-check and is left out of claimreview.jsonld',
    series: 'Series',
    official: 'Checked against the official series',
    references: 'Official series',
    sources: 'Sources',
    charts: 'Charts',
    speaker: 'Speaker',
    value: 'Figure',
    period: 'Period',
    previous: 'Before',
    verdict: 'Verdict',
    note: 'Note',
    tags: 'Tags',
    noClaims: 'No claims.',
    footer: 'Made with ClaimLedger',
    files: 'The bundle also holds claims.json (full records), claims.csv, sources/ (text snapshots), sources.csl.json, annotations.jsonld and claimreview.jsonld.'
  },
  fr: {
    title: 'Rapport de vérification',
    created: 'Créé le',
    summary: (c: number, s: number, r: number) => `${c} affirmation${c > 1 ? 's' : ''} issue${c > 1 ? 's' : ''} de ${s} source${s > 1 ? 's' : ''}, ${r} série${r > 1 ? 's' : ''}`,
    rejectedCount: (n: number) => `${n} rejetée${n > 1 ? 's' : ''} (pas des affirmations ; aucune n’est publiée comme vérification)`,
    status: 'Statut',
    rejected: 'Rejetée',
    rejectedNote: 'pas une affirmation : son verdict n’est pas une vérification et ne figure pas dans claimreview.jsonld',
    series: 'Séries',
    official: 'Comparée à la série officielle',
    references: 'Séries officielles',
    sources: 'Sources',
    charts: 'Graphiques',
    speaker: 'Locuteur',
    value: 'Chiffre',
    period: 'Période',
    previous: 'Avant',
    verdict: 'Verdict',
    note: 'Note',
    tags: 'Étiquettes',
    noClaims: 'Aucune affirmation.',
    footer: 'Réalisé avec ClaimLedger',
    files: "L'archive contient aussi claims.json (données complètes), claims.csv, sources/ (textes), sources.csl.json, annotations.jsonld et claimreview.jsonld."
  }
} as const

type Text = (typeof TEXT)[Lang]

const CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --mark: #fff2a8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
h1, h2, h3, dt, .badge, header p, footer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .25rem; }
header p, .meta, footer { color: var(--muted); font-size: .9rem; }
.citation { margin: .25rem 0 1rem; padding-left: 1.5rem; text-indent: -1.5rem; }
.citation a { color: inherit; word-break: break-all; }
.claim { margin: 1rem 0; padding: .75rem 1rem; border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 4px; break-inside: avoid; }
.claim blockquote { margin: 0 0 .5rem; font-size: 1.05rem; }
.claim mark { background: var(--mark); padding: 0 .1em; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0; font-size: .95rem; }
.claim dt { color: var(--muted); font-size: .85rem; padding-top: .1rem; }
.claim dd { margin: 0; white-space: pre-wrap; }
.claim .cite { font-size: .85rem; color: var(--muted); margin: .5rem 0 0; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.v-accurate { border-left-color: #1e7d32; } .v-accurate .badge { color: #1e7d32; }
.v-misleading { border-left-color: #b26a00; } .v-misleading .badge { color: #8a5200; }
.v-false { border-left-color: #c62828; } .v-false .badge { color: #b71c1c; }
.v-unsupported { border-left-color: #6a1b9a; } .v-unsupported .badge { color: #6a1b9a; }
.v-unverified .badge { color: var(--muted); }
.claim.rejected { border-left-color: var(--muted); border-left-style: dashed; background: #f5f5f7; }
.claim.rejected .badge.rejected-mark { color: var(--ink); background: #e4e4e8; }
figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .9rem; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: .75rem; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  .claim { border-left-width: 4pt; }
  .citation a::after { content: ""; }
  a { color: inherit; text-decoration: none; }
  figure { break-inside: avoid; }
}
`

function formatDate(iso: string, locale: Lang): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC'
}

function formatNumber(value: number, locale: Lang): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 6 }).format(value)
}

function figure(claim: Claim, locale: Lang): string {
  const value = formatNumber(claim.value, locale) + (claim.valueHigh !== undefined ? `–${formatNumber(claim.valueHigh, locale)}` : '')
  return [claim.approx, value, claim.unit, claim.subject ? `· ${claim.subject}` : ''].filter(Boolean).join(' ')
}

/** The sentence with the quote marked, all escaped. */
function quoted(claim: Claim): string {
  const sentence = claim.sentence || claim.quote
  const at = sentence.indexOf(claim.quote)
  if (!claim.quote || at < 0) return escapeHtml(sentence)
  return `${escapeHtml(sentence.slice(0, at))}<mark>${escapeHtml(claim.quote)}</mark>${escapeHtml(sentence.slice(at + claim.quote.length))}`
}

function citationHtml(source: Source | undefined, citations: Map<string, string>): string {
  if (!source) return ''
  const text = citations.get(source.id) ?? source.title
  // The URL becomes a link only when it is a plain http(s) URL; it is escaped either way.
  if (isWebUrl(source.url) && text.includes(source.url)) {
    const at = text.indexOf(source.url)
    return `${escapeHtml(text.slice(0, at))}<a href="${escapeHtml(source.url)}" rel="noreferrer noopener">${escapeHtml(source.url)}</a>${escapeHtml(text.slice(at + source.url.length))}`
  }
  return escapeHtml(text)
}

function claimCard(claim: Claim, source: Source | undefined, input: ReportInput, t: Text, withCitation: boolean): string {
  const rows: [string, string][] = []
  // A rejected claim says so first: a verdict it still carries must not read as a fact-check.
  const rejected = isRejected(claim)
  if (rejected) rows.push([t.status, `<span class="badge rejected-mark">${escapeHtml(t.rejected)}</span> ${escapeHtml(t.rejectedNote)}`])
  rows.push([t.verdict, `<span class="badge">${escapeHtml(verdictLabel(claim.verdict, input.locale))}</span>`])
  rows.push([t.value, escapeHtml(figure(claim, input.locale))])
  if (claim.speaker) rows.push([t.speaker, escapeHtml(claim.speaker)])
  if (claim.period) rows.push([t.period, escapeHtml(claim.period.text)])
  if (claim.previous) {
    const previous = formatNumber(claim.previous.value, input.locale) + (claim.previous.when ? ` (${claim.previous.when})` : '')
    rows.push([t.previous, escapeHtml(previous)])
  }
  if (claim.note.trim()) rows.push([t.note, escapeHtml(claim.note)])
  if (claim.tags.length) rows.push([t.tags, escapeHtml(claim.tags.join(', '))])
  const dl = rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')
  const cite = withCitation && source ? `<p class="cite">${citationHtml(source, input.citations)}</p>` : ''
  return `<article class="claim v-${claim.verdict}${rejected ? ' rejected' : ''}" id="claim-${escapeHtml(claim.id)}"><blockquote lang="${source?.lang ?? input.locale}">${quoted(claim)}</blockquote><dl>${dl}</dl>${cite}</article>`
}

function chartFigure(chart: ChartInput): string {
  const caption = chart.title ?? chart.name
  return `<figure><img src="data:image/png;base64,${toBase64(chart.png)}" alt="${escapeHtml(caption)}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`
}

function seriesSection(series: Series, claimsById: Map<string, Claim>, sources: Map<string, Source>, input: ReportInput, t: Text): string {
  const parts = [`<h3>${escapeHtml(series.name)}${series.unit ? ` <span class="meta">(${escapeHtml(series.unit)})</span>` : ''}</h3>`]
  if (series.notes.trim()) parts.push(`<p>${escapeHtml(series.notes)}</p>`)
  const reference = series.referenceId ? input.content.references?.find((r) => r.id === series.referenceId) : undefined
  if (reference) parts.push(`<p class="reference">${escapeHtml(t.official)}: <a href="#reference-${escapeHtml(reference.id)}">${escapeHtml(referenceCitation(reference, input.citations))}</a></p>`)
  for (const chart of input.charts.filter((c) => c.seriesId === series.id)) parts.push(chartFigure(chart))
  for (const id of series.claimIds) {
    const claim = claimsById.get(id)
    if (claim) parts.push(claimCard(claim, sources.get(claim.sourceId), input, t, true))
  }
  return `<section class="series">${parts.join('\n')}</section>`
}

function referenceCitation(reference: ReferenceSeries, citations: Map<string, string>): string {
  return citations.get(reference.id) ?? `${reference.publisher}, ${reference.datasetTitle} (${reference.retrievedAt})`
}

function sourceOrder(a: Source, b: Source): number {
  const da = a.publishedAt ?? ''
  const db = b.publishedAt ?? ''
  return da < db ? -1 : da > db ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1
}

/** The whole report as one HTML document. */
export function writeReportHtml(input: ReportInput): string {
  const t = TEXT[input.locale]
  const { content } = input
  const sources = new Map(content.sources.map((s) => [s.id, s]))
  const claimsById = new Map(content.claims.map((c) => [c.id, c]))
  const seriesIds = new Set(content.series.map((s) => s.id))
  const rejected = content.claims.filter(isRejected).length
  const summary = t.summary(content.claims.length, content.sources.length, content.series.length) + (rejected ? ` · ${t.rejectedCount(rejected)}` : '')
  const body: string[] = []
  body.push(
    `<header><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.created)} ${escapeHtml(formatDate(input.created, input.locale))} · ${escapeHtml(summary)}</p></header>`
  )
  if (content.series.length) {
    body.push(`<h2>${escapeHtml(t.series)}</h2>`)
    for (const series of [...content.series].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      body.push(seriesSection(series, claimsById, sources, input, t))
    }
  }
  const loose = input.charts.filter((c) => !c.seriesId || !seriesIds.has(c.seriesId))
  if (loose.length) body.push(`<h2>${escapeHtml(t.charts)}</h2>`, ...loose.map(chartFigure))
  const references = [...(content.references ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  if (references.length) {
    body.push(`<h2>${escapeHtml(t.references)}</h2>`, '<ul class="references">')
    for (const r of references) {
      const link = r.url && isWebUrl(r.url) ? ` <a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a>` : ''
      body.push(`<li id="reference-${escapeHtml(r.id)}">${escapeHtml(referenceCitation(r, input.citations))}${link}${r.licence ? ` · ${escapeHtml(r.licence)}` : ''}</li>`)
    }
    body.push('</ul>')
  }
  body.push(`<h2>${escapeHtml(t.sources)}</h2>`)
  const claimsBySource = new Map<string, Claim[]>()
  for (const claim of sortClaims(content.claims)) {
    const list = claimsBySource.get(claim.sourceId) ?? []
    list.push(claim)
    claimsBySource.set(claim.sourceId, list)
  }
  for (const source of [...content.sources].sort(sourceOrder)) {
    const claims = claimsBySource.get(source.id) ?? []
    body.push(
      `<section class="source" id="source-${escapeHtml(source.id)}"><h3>${escapeHtml(source.title)}</h3><p class="citation">${citationHtml(source, input.citations)}</p>${
        claims.length ? claims.map((c) => claimCard(c, source, input, t, false)).join('\n') : `<p class="meta">${escapeHtml(t.noClaims)}</p>`
      }</section>`
    )
  }
  body.push(`<footer><p>${escapeHtml(t.footer)} ${escapeHtml(input.appVersion)}. ${escapeHtml(t.files)}</p></footer>`)
  return [
    '<!DOCTYPE html>',
    `<html lang="${input.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t.title)} — ${escapeHtml(formatDate(input.created, input.locale))}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
