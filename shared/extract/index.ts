/**
 * Numeric claim extraction for French and English (see DESIGN.md, "Extraction").
 * Pure, synchronous, deterministic and linear in the input; runs in the browser, a worker and Node.
 */
export { EXTRACTOR_VERSION } from './version'
export { extractClaims, type ExtractOptions } from './claims'
export { extractNumbers } from './numbers'
export { detectLanguage } from './language'
export { subjectKeyOf } from './subjectKey'
