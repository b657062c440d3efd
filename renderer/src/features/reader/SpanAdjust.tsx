import { useEffect, useState, type ReactNode } from 'react'
import { adjustSpan, claimSpan, spanProblem, trimSpan, withFigure, type ClaimSpan, type Span, type SpanEdge } from '../../../../shared/claimSpan'
import type { Claim, Lang } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { updateClaimSpan } from '../../db/repositories/claimSpan'
import { useI18n } from '../../i18n'
import { isTyping } from './isTyping'

type Target = 'figure' | 'quote'

const ARROWS: Record<string, 1 | -1> = { ArrowLeft: -1, ArrowRight: 1 }

/**
 * Corrects where a claim sits in the text: buttons move the start or end of its figure or its quote by a word,
 * Alt+←/→ the end and Alt+Shift+←/→ the start of the chosen one (Alt+↑ the quote, Alt+↓ the figure), and a
 * selection in the text can become the figure or the quote. Each save is one undoable change.
 */
export function SpanAdjust({ claim, text, lang, selection }: { claim: Claim; text: string; lang: Lang; selection: Span | null }): ReactNode {
  const { t } = useI18n()
  const by = useActor()
  const [target, setTarget] = useState<Target>('figure')
  const [error, setError] = useState('')

  const save = (span: ClaimSpan): void => {
    const problem = spanProblem(text, span)
    if (problem) return setError(t(`spanError_${problem}`))
    setError('')
    updateClaimSpan(getDb(), claim.id, span, by).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
  }
  const move = (what: Target, edge: SpanEdge, dir: 1 | -1): void => save(adjustSpan(text, claimSpan(claim), what, edge, dir, lang))

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        e.preventDefault()
        setTarget(e.key === 'ArrowUp' ? 'quote' : 'figure')
        return
      }
      const dir = ARROWS[e.key]
      if (!dir) return
      // Alt+← is the browser's Back: the Reader keeps the key for the span instead.
      e.preventDefault()
      save(adjustSpan(text, claimSpan(claim), target, e.shiftKey ? 'start' : 'end', dir, lang))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const fromSelection = (what: Target): void => {
    if (!selection) return setError(t('spanSelectFirst'))
    const picked = trimSpan(text, selection)
    const span = claimSpan(claim)
    save(what === 'figure' ? withFigure(span, picked) : { quote: picked, figure: span.figure })
  }

  const keys = (what: Target, edge: SpanEdge, dir: 1 | -1): string =>
    what === target ? `Alt+${edge === 'start' ? 'Shift+' : ''}${dir < 0 ? 'ArrowLeft' : 'ArrowRight'}` : ''
  const button = (what: Target, edge: SpanEdge, dir: 1 | -1): ReactNode => {
    const label = t('spanMove', { edge: t(`spanEdgeWord_${edge}`), target: t(`spanOf_${what}`), dir: t(dir < 0 ? 'spanDir_left' : 'spanDir_right') })
    return <button type="button" className="small" aria-label={label} title={label} aria-keyshortcuts={keys(what, edge, dir) || undefined} onClick={() => move(what, edge, dir)}>{dir < 0 ? '←' : '→'}</button>
  }

  return (
    <section className="span-adjust" aria-label={t('spanAdjust')}>
      <h2>{t('spanAdjust')}</h2>
      <div className="span-rows" role="radiogroup" aria-label={t('spanArrows')}>
        {(['figure', 'quote'] as const).map((what) => (
          <div key={what} className={`span-row${what === target ? ' active' : ''}`}>
            <label className="span-target">
              <input type="radio" name={`span-target-${claim.id}`} checked={what === target} onChange={() => setTarget(what)} aria-keyshortcuts={what === 'quote' ? 'Alt+ArrowUp' : 'Alt+ArrowDown'} />
              {t(`spanTarget_${what}`)}
            </label>
            <span className="span-edge">{t('spanEdge_start')} {button(what, 'start', -1)}{button(what, 'start', 1)}</span>
            <span className="span-edge">{t('spanEdge_end')} {button(what, 'end', -1)}{button(what, 'end', 1)}</span>
          </div>
        ))}
      </div>
      <div className="toolbar">
        <button type="button" className="small" disabled={!selection} title={selection ? undefined : t('spanSelectFirst')} onClick={() => fromSelection('figure')}>{t('spanSetFigure')}</button>
        <button type="button" className="small" disabled={!selection} title={selection ? undefined : t('spanSelectFirst')} onClick={() => fromSelection('quote')}>{t('spanSetQuote')}</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  )
}
