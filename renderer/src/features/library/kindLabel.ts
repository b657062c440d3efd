import type { SourceKind } from '../../../../shared/model'
import { missingCaseError } from '../../../../shared/model'
import type { Translate } from '../../i18n'

export function kindLabel(t: Translate, kind: SourceKind): string {
  switch (kind) {
    case 'article': return t('kindArticle')
    case 'interview': return t('kindInterview')
    case 'transcript': return t('kindTranscript')
    case 'report': return t('kindReport')
    case 'other': return t('kindOther')
    default: throw missingCaseError(kind)
  }
}
