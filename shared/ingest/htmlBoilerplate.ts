import type { DomDocumentLike, DomElementLike, DomNodeLike } from './domLike'

// Class or id tokens of page furniture that Readability keeps when it sits inside the article.
const FURNITURE = /^(?:ad|ads|advert|advertisement|adsbygoogle|pub|publicite|promo|newsletter|paywall|subscribe|abonnement|share|social-share|related|read-more|lire-aussi)$/i
// Class or id (parts) of consent managers: Cookiebot, OneTrust, Didomi, tarteaucitron, Axeptio, Usercentrics, Quantcast...
const CONSENT_MARK = /cookie|consent|gdpr|rgpd|onetrust|didomi|tarteaucitron|axeptio|usercentrics|(?:^|[-_])cmp(?:$|[-_\d])/i
// Overlays: article text never sits in a modal.
const OVERLAYS = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]'
// A consent banner speaks of cookies (or trackers) and asks to accept or refuse them.
const COOKIE_WORDS = /\b(?:cookies?|traceurs|trackers)\b/i
const CONSENT_WORDS = /\b(?:accept|allow|agree|consent|refuse|deny|reject|decline|manage|settings|preferences|accepter|autoriser|refuser|paramétrer|personnaliser|gérer|consentement|préférences|continuer sans)/i
const CONTROLS = 'button, [role="button"], input[type="button"], input[type="submit"]'
// A banner is short; an article about cookie law is not removed for having a button inside.
const BANNER_MAX_CHARS = 1500
const BANNER_MAX_CLIMB = 4
// Never removed for a class name: a page's article may well be called "cookie-recipe".
const PROTECTED = new Set(['html', 'body', 'main', 'article'])

function tokensOf(el: DomElementLike): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean)
}

const isElement = (n: DomNodeLike | null | undefined): n is DomElementLike => !!n && n.nodeType === 1 && typeof (n as DomElementLike).getAttribute === 'function'

/**
 * The nearest ancestor of a button whose short text speaks of cookies and consent: the consent
 * banner, however its classes are named ("We use 14 cookies… Accept / Refuse").
 */
function bannerAround(control: DomElementLike): DomElementLike | undefined {
  let el = control.parentNode
  for (let i = 0; i < BANNER_MAX_CLIMB && isElement(el); i++, el = el.parentNode) {
    if (PROTECTED.has(el.nodeName.toLowerCase())) return undefined
    const text = el.textContent ?? ''
    if (text.length > BANNER_MAX_CHARS) return undefined
    if (COOKIE_WORDS.test(text) && CONSENT_WORDS.test(text)) return el
  }
  return undefined
}

/**
 * Removes what is never article text, before article detection and before plain text extraction:
 * ads, newsletter boxes and share bars marked as such by class or id; cookie and consent banners
 * (marked by a consent manager's class or id, or found by their words around an Accept or Refuse
 * button); dialogs and modal overlays.
 */
export function removeBoilerplate(doc: DomDocumentLike): void {
  const doomed = new Set<DomElementLike>()
  const marked = doc.querySelectorAll('[class], [id]')
  for (let i = 0; i < marked.length; i++) {
    if (PROTECTED.has(marked[i].nodeName.toLowerCase())) continue
    const tokens = tokensOf(marked[i])
    if (tokens.some((t) => FURNITURE.test(t) || CONSENT_MARK.test(t))) doomed.add(marked[i])
  }
  const overlays = doc.querySelectorAll(OVERLAYS)
  for (let i = 0; i < overlays.length; i++) doomed.add(overlays[i])
  const controls = doc.querySelectorAll(CONTROLS)
  for (let i = 0; i < controls.length; i++) {
    const banner = bannerAround(controls[i])
    if (banner) doomed.add(banner)
  }
  for (const el of doomed) el.remove?.()
}

// Page chrome that article detection leaves out and plain text extraction must drop itself.
const CHROME = 'nav, aside, footer, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [hidden], [aria-hidden="true"]'

/**
 * Where the text of a page is when article detection does not run: the one `<article>`, else
 * `<main>`, else the body, with navigation, asides, footers, forms and the page header (a
 * `<header>` outside the article) removed.
 */
export function plainTextRoot(doc: DomDocumentLike): DomNodeLike | null {
  const articles = doc.querySelectorAll('article')
  const root: DomElementLike | null =
    (articles.length === 1 ? articles[0] : null) ?? doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement
  if (!root) return null
  const chrome = root.querySelectorAll(CHROME)
  const doomed: DomElementLike[] = []
  for (let i = 0; i < chrome.length; i++) doomed.push(chrome[i])
  if (root === doc.body || root === doc.documentElement) {
    const headers = root.querySelectorAll('header')
    for (let i = 0; i < headers.length; i++) if (!insideArticle(headers[i], root)) doomed.push(headers[i])
  }
  for (const el of doomed) el.remove?.()
  return root
}

function insideArticle(el: DomElementLike, stop: DomNodeLike): boolean {
  for (let p = el.parentNode; p && p !== stop; p = p.parentNode) {
    const name = p.nodeName.toLowerCase()
    if (name === 'article' || name === 'main') return true
  }
  return false
}
