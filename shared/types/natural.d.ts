// natural ships no types for its per-file modules; these are the ones shared/ uses.
// Per-file imports (not the package index) keep natural working in the browser.
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: { stem(word: string): string; tokenizeAndStem(text: string, keepStops?: boolean): string[] }
  export default stemmer
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string; tokenizeAndStem(text: string, keepStops?: boolean): string[] }
  export default stemmer
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js' {
  export default class AggressiveTokenizerFr {
    tokenize(text: string): string[]
  }
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
  export default class AggressiveTokenizer {
    tokenize(text: string): string[]
  }
}
declare module 'natural/lib/natural/util/stopwords_fr.js' {
  const stopwords: { words: string[] }
  export default stopwords
}
declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] }
  export default stopwords
}
