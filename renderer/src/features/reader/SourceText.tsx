import { memo, useState, type ReactNode } from 'react'
import { figureSpan, figureText } from '../../../../shared/figureSpan'
import type { Claim, Segment, Source } from '../../../../shared/model'
import { isValidTimecode } from '../../../../shared/timecode'
import { useI18n } from '../../i18n'
import { formatTimecode } from '../claims/format'

interface Piece {
  start: number
  end: number
  /** The claims whose figure covers the piece, innermost (shortest figure) first; empty for plain text. */
  claims: Claim[]
}

/**
 * Cuts [from, to) of the text into plain runs and claim marks. A mark covers the claim's figure, not its whole
 * quote (claims of one clause share the quote). Where figures overlap (a claim added by hand over another, a
 * corrected span), the text is cut at every figure edge and each piece knows every claim over it, so none hides
 * another. `claims` are sorted by figure start; a sweep keeps the claims open at each cut.
 */
function pieces(claims: Claim[], from: number, to: number): Piece[] {
  const items = claims.map((c) => ({ c, f: figureSpan(c) })).filter(({ f }) => f.end > from && f.start < to)
  const cuts = new Set<number>([from, to])
  for (const { f } of items) {
    cuts.add(Math.max(from, f.start))
    cuts.add(Math.min(to, f.end))
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b)
  const out: Piece[] = []
  let next = 0
  let open: typeof items = []
  for (let i = 0; i + 1 < sortedCuts.length; i++) {
    const at = sortedCuts[i]
    while (next < items.length && items[next].f.start <= at) open.push(items[next++])
    open = open.filter(({ f }) => f.end > at)
    const over = [...open].sort((a, b) => a.f.end - a.f.start - (b.f.end - b.f.start)).map(({ c }) => c)
    out.push({ start: at, end: sortedCuts[i + 1], claims: over })
  }
  return out
}

function Run({ text, piece, selectedId, onSelect, choosing, setChoosing }: {
  text: string
  piece: Piece
  selectedId?: string
  onSelect: (id: string) => void
  /** The piece whose chooser of overlapping claims is open (its start), if any. */
  choosing: number | null
  setChoosing: (start: number | null) => void
}): ReactNode {
  const { t } = useI18n()
  const slice = text.slice(piece.start, piece.end)
  if (piece.claims.length === 0) return <span data-start={piece.start}>{slice}</span>
  const c = piece.claims.find((x) => x.id === selectedId) ?? piece.claims[0]
  const several = piece.claims.length > 1
  // One claim: the mark selects it. Several: it opens a small chooser naming each, since a click cannot tell them apart.
  const pick = (): void => (several ? setChoosing(choosing === piece.start ? null : piece.start) : onSelect(c.id))
  return (
    <>
      <mark
        data-start={piece.start}
        data-claim-id={c.id}
        data-claim-ids={piece.claims.map((x) => x.id).join(' ')}
        className={`claim verdict-${c.verdict} status-${c.status}${piece.claims.some((x) => x.id === selectedId) ? ' selected' : ''}${several ? ' overlap' : ''}`}
        tabIndex={0}
        role="button"
        aria-pressed={piece.claims.some((x) => x.id === selectedId)}
        aria-expanded={several ? choosing === piece.start : undefined}
        aria-label={several ? t('overlapMark', { figure: slice, n: piece.claims.length }) : slice}
        onClick={pick}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            pick()
          }
        }}
      >
        {slice}
      </mark>
      {several && choosing === piece.start && (
        <span className="overlap-chooser" role="group" aria-label={t('overlapChoose')} onKeyDown={(e) => { if (e.key === 'Escape') setChoosing(null) }}>
          {piece.claims.map((x) => (
            <button key={x.id} type="button" className="small" aria-pressed={x.id === selectedId} onClick={() => { setChoosing(null); onSelect(x.id) }}>
              {figureText(x)}
            </button>
          ))}
        </span>
      )}
    </>
  )
}

/**
 * The source's text with every claim highlighted. Transcripts and interviews with speaker turns
 * show each turn with its speaker and time code; other texts keep their paragraphs.
 */
export const SourceText = memo(function SourceText({ source, claims, selectedId, onSelect }: { source: Source; claims: Claim[]; selectedId?: string; onSelect: (id: string) => void }): ReactNode {
  const sorted = [...claims].sort((a, b) => figureSpan(a).start - figureSpan(b).start)
  const [choosing, setChoosing] = useState<number | null>(null)
  const turns: Segment[] = source.segments.filter((s) => s.speaker || s.startTime !== undefined)
  if (turns.length > 0) {
    const blocks: { seg?: Segment; start: number; end: number }[] = []
    let at = 0
    for (const seg of [...turns].sort((a, b) => a.start - b.start)) {
      // Text between turns is shown only when it holds more than the blank lines that separate them.
      if (seg.start > at && source.text.slice(at, seg.start).trim()) blocks.push({ start: at, end: seg.start })
      blocks.push({ seg, start: Math.max(seg.start, at), end: seg.end })
      at = Math.max(at, seg.end)
    }
    if (at < source.text.length && source.text.slice(at).trim()) blocks.push({ start: at, end: source.text.length })
    return (
      <div className="source-text transcript">
        {blocks.map((b) => (
          <div key={b.start} className="turn">
            {b.seg && (
              <div className="turn-head">
                {b.seg.speaker && <strong className="turn-speaker">{b.seg.speaker}</strong>}
                {isValidTimecode(b.seg.startTime) && <span className="timecode">{formatTimecode(b.seg.startTime)}</span>}
              </div>
            )}
            <div className="turn-text">
              {pieces(sorted, b.start, b.end).map((p) => <Run key={p.start} text={source.text} piece={p} selectedId={selectedId} onSelect={onSelect} choosing={choosing} setChoosing={setChoosing} />)}
            </div>
          </div>
        ))}
      </div>
    )
  }
  return (
    <div className="source-text">
      {pieces(sorted, 0, source.text.length).map((p) => <Run key={p.start} text={source.text} piece={p} selectedId={selectedId} onSelect={onSelect} choosing={choosing} setChoosing={setChoosing} />)}
    </div>
  )
})

/** Offsets in Source.text of the current DOM selection inside the text, or null. */
export function selectionOffsets(container: HTMLElement | null): { start: number; end: number } | null {
  const sel = window.getSelection()
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const range = sel.getRangeAt(0)
  const at = (node: Node, offset: number): number | null => {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
    const host = el?.closest('[data-start]')
    if (!host || !container.contains(host)) return null
    if (node.nodeType !== Node.TEXT_NODE) return Number(host.getAttribute('data-start'))
    return Number(host.getAttribute('data-start')) + offset
  }
  const start = at(range.startContainer, range.startOffset)
  const end = at(range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return null
  return { start, end }
}
