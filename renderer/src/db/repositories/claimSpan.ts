/**
 * Correcting a claim's span: where its quote and its figure sit in the source text. One History batch, so undo
 * puts both back; the quote is always re-read from the source at the new offsets.
 */
import { claimSpan, spanProblem, type ClaimSpan } from '../../../../shared/claimSpan'
import { type Claim } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError, guarded } from '../errors'
import { stripToClaim } from '../records'
import { ChangeBatch } from './changes'
import { loadStoredClaim, writeClaimChange } from './claimStore'
import { sentenceAround } from './claims'

const PROBLEM_TEXT = {
  outside: 'is not inside the text',
  empty: 'holds no text',
  figureOutsideQuote: 'puts the figure outside the quote'
} as const

/**
 * Moves a claim's quote and figure to `span` (offsets into its source's text). The quote becomes
 * text.slice(quote.start, quote.end); the sentence follows when the quote leaves it. A change of span is a correction:
 * the claim becomes 'edited' ('manual' stays 'manual'). Throws DatabaseError naming the source and the reason.
 */
export async function updateClaimSpan(db: ClaimLedgerDB, id: string, span: ClaimSpan, by: string): Promise<Claim> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const row = await loadStoredClaim(db, id)
      const source = await db.sources.get(row.sourceId)
      if (!source) throw DatabaseError.notFound('Source', row.sourceId)
      const problem = spanProblem(source.text, span)
      if (problem) {
        const where = `quote ${span.quote.start}–${span.quote.end}, figure ${span.figure.start}–${span.figure.end}`
        throw DatabaseError.invalid(`The span (${where}) ${PROBLEM_TEXT[problem]} of "${source.title}" (${source.text.length} characters).`)
      }
      const current = stripToClaim(row)
      const before = claimSpan(current)
      if (JSON.stringify(before) === JSON.stringify(span)) return current
      const quote = source.text.slice(span.quote.start, span.quote.end)
      const next: Claim = {
        ...current,
        quote,
        start: span.quote.start,
        end: span.quote.end,
        figureStart: span.figure.start,
        figureEnd: span.figure.end,
        sentence: current.sentence.includes(quote) ? current.sentence : sentenceAround(source.text, span.quote.start, span.quote.end),
        status: current.status === 'manual' ? 'manual' : 'edited'
      }
      const batch = new ChangeBatch(by)
      await writeClaimChange(db, batch, row, next)
      await batch.write(db)
      return stripToClaim((await db.claims.get(id)) ?? row)
    })
  )
}
