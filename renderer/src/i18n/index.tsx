import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { en, type MessageKey, type Messages } from './en'
import { fr } from './fr'

export type UiLang = 'en' | 'fr'

const catalogs: Record<UiLang, Messages> = { en, fr }

/** The UI language for a browser locale: French for any fr-*, English otherwise. */
export function langForLocale(locale: string | undefined): UiLang {
  return locale && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

interface I18n {
  lang: UiLang
  t: Translate
}

const I18nContext = createContext<I18n>({ lang: 'en', t: (key) => en[key] })

/** Makes the UI text of `lang` available to every component. */
export function I18nProvider({ lang, children }: { lang: UiLang; children: ReactNode }): ReactNode {
  const value = useMemo<I18n>(() => {
    const catalog = catalogs[lang]
    return {
      lang,
      t: (key, params) => {
        let text = catalog[key] ?? en[key] ?? key
        if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v))
        return text
      }
    }
  }, [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/** The current UI language and its translate function. */
export function useI18n(): I18n {
  return useContext(I18nContext)
}
