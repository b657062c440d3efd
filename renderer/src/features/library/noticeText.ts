import { missingCaseError } from '../../../../shared/model'
import type { IngestNotice } from '../../../../shared/ingest/index'
import type { Translate } from '../../i18n'

/** How a file was read differently from usual, in the UI's language (numbers grouped the locale's way). */
export function noticeText(t: Translate, notice: IngestNotice, lang: string): string {
  const n = (x: number): string => x.toLocaleString(lang)
  switch (notice.code) {
    case 'html-too-deep':
      return t('noticeHtmlTooDeep', { depth: n(notice.depth), limit: n(notice.limit) })
    case 'html-too-large':
      return t('noticeHtmlTooLarge', { elements: n(notice.elements), limit: n(notice.limit) })
    case 'html-article-timeout':
      return t('noticeHtmlTimeout', { seconds: n(notice.seconds) })
    case 'pdf-page-cap':
      return t('noticePdfPageCap', { pages: n(notice.pages), limit: n(notice.limit) })
    default:
      throw missingCaseError(notice)
  }
}
