import type { ReactNode } from 'react'
import { VERDICTS } from '../../../shared/model'
import { useI18n, type Translate } from '../i18n'
import type { MessageKey } from '../i18n/en'
import { Dialog } from '../ui/Dialog'
import './shortcuts.css'

type Keys = readonly string[]
interface Shortcut { keys: Keys; what: string }

/** Every keyboard shortcut of the app, in the UI's language (issue 13, item 5); `?` opens it. */
function groups(t: Translate): { title: MessageKey; items: Shortcut[] }[] {
  const ctrl = t('keyCtrl')
  const shift = t('keyShift')
  const verdicts = VERDICTS.map((v, i) => `${i + 1} ${t(`verdict_${v}`)}`).join(', ')
  return [
    {
      title: 'shortcutsEverywhere',
      items: [
        { keys: ['Alt+1…5'], what: t('keyViews') },
        { keys: [`${ctrl}+Z`], what: t('keyUndo') },
        { keys: [`${ctrl}+${shift}+Z`, `${ctrl}+Y`], what: t('keyRedo') },
        { keys: [`${ctrl}+O`], what: t('keyImport') },
        { keys: [`${ctrl}+${shift}+V`], what: t('keyPaste') },
        { keys: [`${ctrl}+E`], what: t('keyExport') },
        { keys: [`${ctrl}+,`], what: t('keySettings') },
        { keys: ['?'], what: t('keyHelp') },
        { keys: [t('keyEscape')], what: t('keyClose') }
      ]
    },
    {
      title: 'shortcutsInReader',
      items: [
        { keys: ['J', 'K'], what: t('keyNextPrev') },
        { keys: ['C'], what: t('keyConfirm') },
        { keys: ['R'], what: t('keyReject') },
        { keys: ['E'], what: t('keyEdit') },
        { keys: ['1…5'], what: t('keyVerdict', { list: verdicts }) },
        { keys: ['Alt+←', 'Alt+→'], what: t('keySpanEnd') },
        { keys: [`Alt+${shift}+←`, `Alt+${shift}+→`], what: t('keySpanStart') },
        { keys: ['Alt+↑', 'Alt+↓'], what: t('keySpanTarget') }
      ]
    },
    { title: 'shortcutsInClaims', items: [{ keys: [`${shift}+${t('keyClick')}`], what: t('keyRange') }] }
  ]
}

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }): ReactNode {
  const { t } = useI18n()
  return (
    <Dialog title={t('shortcutsTitle')} open={open} onClose={onClose} wide>
      <p className="muted">{t('shortcutsIntro')}</p>
      {groups(t).map((g) => (
        <section key={g.title} aria-labelledby={`shortcuts-${g.title}`}>
          <h3 id={`shortcuts-${g.title}`}>{t(g.title)}</h3>
          <dl className="shortcut-list">
            {g.items.map((s) => (
              <div key={s.what} className="shortcut">
                <dt>{s.keys.map((k, i) => <span key={k}>{i > 0 && ' / '}<kbd>{k}</kbd></span>)}</dt>
                <dd>{s.what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose}>{t('close')}</button>
      </div>
    </Dialog>
  )
}
