import { missingCaseError } from '../model'
import type { IngestNotice } from './types'

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

/** A notice in English, for the CLI and logs (the app says it in the reader's language). */
export function describeNotice(notice: IngestNotice): string {
  switch (notice.code) {
    case 'html-too-deep':
      return `the page is nested ${grouped(notice.depth)} levels deep (article detection stops at ${notice.limit}); its text was read as plain text, so menus or footers may remain`
    case 'html-too-large':
      return `the page has ${grouped(notice.elements)} elements (article detection stops at ${grouped(notice.limit)}); its text was read as plain text, so menus or footers may remain`
    case 'html-article-timeout':
      return `article detection took over ${notice.seconds} s and was stopped; the page's text was read as plain text, so menus or footers may remain`
    case 'pdf-page-cap':
      return `the PDF has ${grouped(notice.pages)} pages; only the first ${grouped(notice.limit)} were read (the import limit)`
    default:
      throw missingCaseError(notice)
  }
}
