import type { ReactNode } from 'react'
import { figureSpan } from '../../../shared/figureSpan'
import type { Claim } from '../../../shared/model'

/** The quote a fact-checker cites (the clause), with the figure itself in bold. */
export function QuoteWithFigure({ claim }: { claim: Pick<Claim, 'quote' | 'start' | 'end' | 'figureStart' | 'figureEnd'> }): ReactNode {
  const f = figureSpan(claim)
  const a = f.start - claim.start
  const b = f.end - claim.start
  return (
    <>
      {claim.quote.slice(0, a)}
      <strong className="quote-figure">{claim.quote.slice(a, b)}</strong>
      {claim.quote.slice(b)}
    </>
  )
}
