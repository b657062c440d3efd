/** Version of the extraction rules; stored on every claim so re-extraction can be traced. */
export const EXTRACTOR_VERSION = 'fr-en-rules-1.1.0'
