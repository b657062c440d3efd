/** The subject stage: the noun phrase a figure counts (see README.md). */
export { perUnitAfter, subjectAfter } from './after'
export { isBasisNoun } from './basis'
export { subjectBefore } from './before'
export { type NearSubject } from './ellipsis'
export { type Span } from './headPhrase'
export { subjectNear } from './lookBack'
