import { useState, type ReactNode } from 'react'
import type { UiPrefs } from '../../app/prefs'
import { useI18n } from '../../i18n'
import { getDb } from '../../db/context'
import { useSetting } from '../../db/hooks'
import { setSetting } from '../../db/repositories/settings'
import { Dialog } from '../../ui/Dialog'

/** Language, theme, your name and the citation style; each saved at once, so there is no Save button to forget. */
export function SettingsDialog({ open, onClose, prefs, setPrefs }: { open: boolean; onClose: () => void; prefs: UiPrefs; setPrefs: (p: Partial<UiPrefs>) => void }): ReactNode {
  const { t } = useI18n()
  const userName = useSetting('userName', '')
  const style = useSetting('citationStyle', 'apa')
  const [name, setName] = useState<string | null>(null)
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
        <label>
          {t('userName')}
          <input value={name ?? userName.data ?? ''} onChange={(e) => setName(e.target.value)} onBlur={() => { if (name !== null) void setSetting(getDb(), 'userName', name.trim()) }} />
        </label>
        <label>
          {t('citationStyle')}
          <select value={style.data ?? 'apa'} onChange={(e) => void setSetting(getDb(), 'citationStyle', e.target.value)}>
            <option value="apa">APA</option>
            <option value="chicago">Chicago (author-date)</option>
          </select>
        </label>
        <div className="form-actions">
          <button type="submit">{t('close')}</button>
        </div>
      </form>
    </Dialog>
  )
}
