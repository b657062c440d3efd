/**
 * The data model every host shares (see DESIGN.md, "Data model").
 * Records are plain JSON-compatible objects: dates are ISO strings, never Date objects,
 * so they survive IndexedDB, IPC, JSON bundles and the CLI unchanged.
 */

/** Languages the extractor and the UI support. */
export type Lang = 'fr' | 'en'

export const LANGS: readonly Lang[] = ['fr', 'en']

export type SourceKind = 'article' | 'interview' | 'transcript' | 'report' | 'other'

export const SOURCE_KINDS: readonly SourceKind[] = ['article', 'interview', 'transcript', 'report', 'other']

/**
 * A stretch of a source's text: a speaker turn, a paragraph of a PDF page, a subtitle cue.
 * Offsets index Source.text (UTF-16 code units, end exclusive).
 */
export interface Segment {
  start: number
  end: number
  /** Who speaks in this stretch (transcripts, interviews), when known. */
  speaker?: string
  /** Media time of the segment in seconds (transcripts). */
  startTime?: number
  endTime?: number
  /** 1-based page number (PDF). */
  page?: number
  /** Heading level when the stretch is a heading (1–6). */
  heading?: number
}

/** An imported article, interview, transcript or report. */
export interface Source {
  id: string
  kind: SourceKind
  title: string
  outlet?: string
  url?: string
  authors: string[]
  speakers: string[]
  /** ISO date, possibly partial: "2023", "2023-10", "2023-10-05". Always a publication date, stated or typed. */
  publishedAt?: string
  /**
   * When the file says it was written (PDF CreationDate, DOCX dcterms:created): an uncertain hint,
   * shown as such, never a publication date and never used to place claims on a chart.
   */
  fileDate?: string
  /** ISO timestamp. */
  importedAt: string
  lang: Lang
  /** The full plain text that every claim offset points into. */
  text: string
  segments: Segment[]
  /** SHA-256 hex of the normalised text, for duplicate detection. */
  contentHash: string
  fileName?: string
  mime?: string
  updatedAt?: string
}

/**
 * What placing, labelling and grouping a claim needs of its source — no text, no segments — so
 * views that chart thousands of claims read a light row per source (the Library's summaries), never
 * the texts. A whole Source is one.
 */
export type SourceMeta = Pick<Source, 'id' | 'title' | 'lang'> & Partial<Pick<Source, 'outlet' | 'publishedAt'>>

export type ClaimKind = 'count' | 'percent' | 'money' | 'quantity' | 'ratio' | 'change' | 'rank'

export const CLAIM_KINDS: readonly ClaimKind[] = ['count', 'percent', 'money', 'quantity', 'ratio', 'change', 'rank']

export type ClaimStatus = 'extracted' | 'confirmed' | 'edited' | 'rejected' | 'manual'

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['extracted', 'confirmed', 'edited', 'rejected', 'manual']

export type Verdict = 'unverified' | 'accurate' | 'misleading' | 'false' | 'unsupported'

export const VERDICTS: readonly Verdict[] = ['unverified', 'accurate', 'misleading', 'false', 'unsupported']

/** The time a figure is about, as written and, where it could be resolved, as dates. */
export interface Period {
  /** As written: "depuis début 2023", "chaque jour", "in 2022". */
  text: string
  /** ISO date (possibly partial) the period starts, when resolvable. */
  start?: string
  /** ISO date (possibly partial) the period ends, when resolvable. */
  end?: string
  /** A rate rather than a span: "day", "night", "week", "month", "year". */
  per?: 'day' | 'night' | 'week' | 'month' | 'quarter' | 'year'
}

/** A value stated for comparison: "c'était 200 avant", "de 35 à 50", "up from 3%". */
export interface Previous {
  value: number
  valueHigh?: number
  /** As written, e.g. "avant", "l'an dernier", "in 2019". */
  when?: string
}

/** One numeric claim found in (or added to) a source. */
export interface Claim {
  id: string
  sourceId: string
  /**
   * What a fact-checker cites: the clause of the sentence that makes the claim ("610 consommateurs sont accueillis
   * toutes les nuits"), exactly Source.text.slice(start, end). Claims of one clause share it, so quotes may overlap.
   */
  quote: string
  start: number
  end: number
  /**
   * The figure's own span inside the quote ("610 consommateurs"), start ≤ figureStart < figureEnd ≤ end; the
   * extractor's figures never overlap, a reviewer's may (claims added by hand, corrected spans: shared/claimSpan.ts).
   * Absent on claims stored before quotes were clauses, whose quote is the figure (see figureSpan).
   */
  figureStart?: number
  figureEnd?: number
  /** The sentence that holds the quote. */
  sentence: string
  value: number
  /** Upper bound when the claim is a range ("100 à 150" → 100, 150). */
  valueHigh?: number
  previous?: Previous
  kind: ClaimKind
  /** ISO 4217 for money, "%" for percent, "pp" for percentage points, an SI unit, or undefined for counts. */
  unit?: string
  /** As written: "près de", "more than", "environ". */
  approx?: string
  /** What is counted, as written. */
  subject: string
  /** Normalised subject (stems, no stopwords) for grouping. */
  subjectKey: string
  speaker?: string
  period?: Period
  /** The source's date (ISO, possibly partial). */
  statedAt?: string
  status: ClaimStatus
  verdict: Verdict
  note: string
  tags: string[]
  seriesId?: string
  extractorVersion: string
  createdAt: string
  updatedAt: string
}

/** A figure followed over time. */
export interface Series {
  id: string
  name: string
  unit?: string
  /** Claim ids in chronological order. */
  claimIds: string[]
  /** Shown under the chart as its notes (methodology, caveats). */
  notes: string
  /** The chart's headline as published; the name when absent. */
  title?: string
  /** A sentence under the title saying what the chart shows. */
  description?: string
  /**
   * How far apart two values of one period may be before they contradict: in percentage points
   * for a series of rates, relative (0.1 = 10 %) otherwise. Absent: the default of its kind.
   */
  tolerance?: number
  /** The official series (ReferenceSeries.id) its claims are checked against, when one is attached. */
  referenceId?: string
  createdAt: string
  updatedAt: string
}

/** How often an official series has a value. */
export type Periodicity = 'day' | 'month' | 'quarter' | 'year'

export const PERIODICITIES: readonly Periodicity[] = ['day', 'month', 'quarter', 'year']

/** The file format a reference series was read from. */
export type ReferenceFormat = 'csv' | 'sdmx-csv' | 'json-stat' | 'insee-csv'

/** One published value: the period as a partial ISO date ("2023", "2023-Q1", "2023-03", "2023-03-15"). */
export interface ReferenceObservation {
  period: string
  value: number
  /** "provisional", "estimated", "revised", "break", "forecast", "semi-final", or the publisher's own code. */
  status?: string
}

/**
 * An official series (INSEE, Eurostat, ONS…) that claims are checked against, cited like a source
 * (CSL-JSON type "dataset"). Observations are oldest first, one per period.
 */
export interface ReferenceSeries {
  id: string
  /** What the user calls it: "Taux de chômage BIT, France hors Mayotte". */
  name: string
  publisher: string
  datasetTitle: string
  url?: string
  /** When the file was retrieved from the publisher (ISO date). */
  retrievedAt: string
  licence?: string
  /** "%" for rates, ISO 4217 for money, a plain noun or undefined for counts. */
  unit?: string
  periodicity: Periodicity
  place?: string
  observations: ReferenceObservation[]
  format: ReferenceFormat
  fileName?: string
  /** The dimension values chosen in a file that held several series ("geo: France"). */
  slice?: string[]
  createdAt: string
  updatedAt: string
}

export type HistoryEntity = 'claim' | 'series' | 'source'

export type HistoryAction = 'create' | 'update' | 'delete' | 'merge'

/** One change a person made, so a fact-check can show its work. */
export interface HistoryEntry {
  id: string
  entity: HistoryEntity
  entityId: string
  action: HistoryAction
  /** Field names changed (empty for create/delete of a whole record). */
  fields: string[]
  /** The record (or the changed fields) before and after; JSON-compatible. */
  before?: unknown
  after?: unknown
  /** Who made the change (the user's name from settings, or "me"). */
  by: string
  at: string
  /**
   * Entries written by one action (a bulk verdict, a source deletion with its claims) share
   * it, so undo reverses them together. Entries written by an undo carry `undo:<batchId>` of
   * the batch they reversed, which marks that batch as undone.
   */
  batchId?: string
  /**
   * Set when the entry is not a change a person made in this library, which undo never
   * applies: 'bundle' for History carried by an imported bundle (provenance to show),
   * 'merge' for what an import wrote itself (the version that lost a conflict, a claim
   * re-anchored in a newer text).
   */
  origin?: HistoryOrigin
  /**
   * The editing session (one window's page load) that wrote the entry. Undo and redo reach only the
   * current session's entries; older ones are reverted one by one from a record's history. Local to
   * this library: bundles do not carry it.
   */
  session?: string
}

/** Where a History entry not made in this library came from (HistoryEntry.origin). */
export type HistoryOrigin = 'bundle' | 'merge'

/** A claim as the extractor returns it, before it is stored (no ids, no review state). */
export type ExtractedClaim = Omit<
  Claim,
  'id' | 'sourceId' | 'statedAt' | 'status' | 'verdict' | 'note' | 'tags' | 'seriesId' | 'createdAt' | 'updatedAt'
>

/** A number expression found in text, the layer below claims. */
export interface NumberMatch {
  /** Exactly text.slice(start, end). */
  text: string
  start: number
  end: number
  value: number
  valueHigh?: number
  unit?: string
  kind: ClaimKind
}

/** Expected failures are values, not exceptions: `{ ok: false, error }` names the file and the reason. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

/** Exhaustiveness check for switches over unions. */
export function missingCaseError(x: never): Error {
  return new Error(`Unhandled case: ${String(x)}`)
}
