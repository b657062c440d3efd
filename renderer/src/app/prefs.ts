import { useCallback, useEffect, useState } from 'react'
import { langForLocale, type UiLang } from '../i18n'

/** UI preferences read synchronously at start (no flash of the wrong language or theme). */
export interface UiPrefs {
  lang: UiLang | 'system'
  theme: 'system' | 'light' | 'dark'
}

const KEY = 'claimledger.ui'

function readPrefs(): UiPrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<UiPrefs>
    return {
      lang: raw.lang === 'en' || raw.lang === 'fr' ? raw.lang : 'system',
      theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system'
    }
  } catch {
    return { lang: 'system', theme: 'system' }
  }
}

/** The preferences, the language actually in effect, and a setter that persists them. */
export function usePrefs(): { prefs: UiPrefs; lang: UiLang; setPrefs: (patch: Partial<UiPrefs>) => void } {
  const [prefs, set] = useState<UiPrefs>(readPrefs)
  const lang = prefs.lang === 'system' ? langForLocale(navigator.language) : prefs.lang
  useEffect(() => {
    document.documentElement.lang = lang
    if (prefs.theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = prefs.theme
  }, [lang, prefs.theme])
  const setPrefs = useCallback((patch: Partial<UiPrefs>) => {
    set((old) => {
      const next = { ...old, ...patch }
      localStorage.setItem(KEY, JSON.stringify(next))
      return next
    })
  }, [])
  return { prefs, lang, setPrefs }
}
