import { memo, type ReactNode } from 'react'
import { figureSpan } from '../../../../shared/figureSpan'
import type { Claim, Segment, Source } from '../../../../shared/model'
import { isValidTimecode } from '../../../../shared/timecode'
import { formatTimecode } from '../claims/format'

interface Piece {
  start: number
  end: number
  claim?: Claim
}

/**
 * Cuts [from, to) of the text into plain runs and claim marks. A mark covers the claim's figure, not its whole
 * quote (claims of one clause share the quote; figures do not overlap). Overlapping figures: the first wins.
 */
function pieces(claims: Claim[], from: number, to: number): Piece[] {
  const out: Piece[] = []
  let at = from
  for (const claim of claims) {
    const figure = figureSpan(claim)
    if (figure.end <= at || figure.start >= to) continue
    const start = Math.max(figure.start, at)
    const end = Math.min(figure.end, to)
    if (start > at) out.push({ start: at, end: start })
    out.push({ start, end, claim })
    at = end
  }
  if (at < to) out.push({ start: at, end: to })
  return out
}

function Run({ text, piece, selectedId, onSelect }: { text: string; piece: Piece; selectedId?: string; onSelect: (id: string) => void }): ReactNode {
  const slice = text.slice(piece.start, piece.end)
  if (!piece.claim) return <span data-start={piece.start}>{slice}</span>
  const c = piece.claim
  return (
    <mark
      data-start={piece.start}
      data-claim-id={c.id}
      className={`claim verdict-${c.verdict} status-${c.status}${c.id === selectedId ? ' selected' : ''}`}
      tabIndex={0}
      role="button"
      aria-pressed={c.id === selectedId}
      aria-label={slice}
      onClick={() => onSelect(c.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          onSelect(c.id)
        }
      }}
    >
      {slice}
    </mark>
  )
}

/**
 * The source's text with every claim highlighted. Transcripts and interviews with speaker turns
 * show each turn with its speaker and time code; other texts keep their paragraphs.
 */
export const SourceText = memo(function SourceText({ source, claims, selectedId, onSelect }: { source: Source; claims: Claim[]; selectedId?: string; onSelect: (id: string) => void }): ReactNode {
  const sorted = [...claims].sort((a, b) => figureSpan(a).start - figureSpan(b).start)
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
              {pieces(sorted, b.start, b.end).map((p) => <Run key={p.start} text={source.text} piece={p} selectedId={selectedId} onSelect={onSelect} />)}
            </div>
          </div>
        ))}
      </div>
    )
  }
  return (
    <div className="source-text">
      {pieces(sorted, 0, source.text.length).map((p) => <Run key={p.start} text={source.text} piece={p} selectedId={selectedId} onSelect={onSelect} />)}
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
