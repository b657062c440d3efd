/**
 * The few DOM members ingest reads, typed structurally because shared/ compiles without the
 * DOM library. Both the browser's DOMParser documents and linkedom's satisfy them.
 */
export interface DomNodeLike {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNodeLike>
  parentNode?: DomNodeLike | null
}

export interface DomElementLike extends DomNodeLike {
  getAttribute(name: string): string | null
  querySelector?(selector: string): DomElementLike | null
  querySelectorAll(selector: string): ArrayLike<DomElementLike>
  remove?(): void
}

export interface DomDocumentLike {
  documentElement: DomElementLike | null
  body: DomElementLike | null
  title?: string
  querySelector(selector: string): DomElementLike | null
  querySelectorAll(selector: string): ArrayLike<DomElementLike>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

/** True when the value has the members of a parsed document. */
export function isDocumentLike(value: unknown): value is DomDocumentLike {
  const v = value as Partial<DomDocumentLike> | null
  return !!v && typeof v === 'object' && typeof v.querySelectorAll === 'function' && typeof v.querySelector === 'function'
}
