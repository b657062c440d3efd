import type { ReactNode } from 'react'
import type { UiPrefs } from '../../app/prefs'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'

/** Language and theme; saved at once, so there is no Save button to forget. */
export function SettingsDialog({ open, onClose, prefs, setPrefs, extra }: { open: boolean; onClose: () => void; prefs: UiPrefs; setPrefs: (p: Partial<UiPrefs>) => void; extra?: ReactNode }): ReactNode {
  const { t } = useI18n()
  return (
    <Dialog title={t('settingsTitle')} open={open} onClose={onClose}>
      <form className="form" method="dialog" onSubmit={(e) => { e.preventDefault(); onClose() }}>
        <label>
          {t('language')}
          <select value={prefs.lang} onChange={(e) => setPrefs({ lang: e.target.value as UiPrefs['lang'] })}>
            <option value="system">{t('languageSystem')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
        <label>
          {t('theme')}
          <select value={prefs.theme} onChange={(e) => setPrefs({ theme: e.target.value as UiPrefs['theme'] })}>
            <option value="system">{t('themeSystem')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </label>
        {extra}
        <div className="form-actions">
          <button type="submit">{t('close')}</button>
        </div>
      </form>
    </Dialog>
  )
}
