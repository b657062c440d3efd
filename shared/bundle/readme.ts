/**
 * README.txt: what each file of the bundle is, for whoever opens it without ClaimLedger.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './format'

/** The README text (fixed apart from the version line, so it never breaks determinism). */
export function writeReadme(appVersion: string): string {
  return `ClaimLedger citation bundle (${BUNDLE_FORMAT}, version ${BUNDLE_VERSION}), made with ClaimLedger ${appVersion}.

Numeric claims found in articles, interviews and transcripts, with their quotes, sources,
verdicts and notes. Every file is plain text (UTF-8) or PNG and can be read without ClaimLedger.

report.html         A readable, printable report. Open it in any web browser (works offline).
claims.csv          One row a claim with its citation (UTF-8 with BOM, comma-separated, CRLF).
                    In Excel with a French locale use Data > From Text/CSV.
claims.json         Every claim, series and history entry, complete: what ClaimLedger re-imports.
sources/<id>.txt    The text of each cited source, exactly as the claims' offsets count it.
sources/<id>.json   The other fields of each source (title, outlet, URL, dates, speakers...).
sources.csl.json    The sources as CSL-JSON, for Zotero and other reference managers.
annotations.jsonld  W3C Web Annotations (https://www.w3.org/TR/annotation-model/), one a claim.
                    TextPositionSelector offsets count Unicode code points of sources/<id>.txt.
claimreview.jsonld  schema.org ClaimReview records for the claims that have a verdict
                    (rating 1 = false, 2 = unsupported, 3 = misleading, 4 = accurate).
charts/*.png        The series charts shown in report.html (2x, with title, sources and credit).
charts/*.svg        The same charts as SVG, for print and the web.
references/<id>.json  An official series (statistics office data) a series is checked against:
                    publisher, dataset, URL, retrieval date, licence, unit, place and every
                    observation with its status. Present only when a series has one.
manifest.json       Format, version, counts and the SHA-256 of every other file, to check that
                    nothing was changed: e.g. "sha256sum claims.json".
`
}
