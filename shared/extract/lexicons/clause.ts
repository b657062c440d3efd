// Words that, after a comma, open another clause of the sentence (see ../clause.ts). Data only.
// Coordinating and subordinating openers: the clause a figure sits in ends before them.
export const CLAUSE_OPENERS: Readonly<Record<'fr' | 'en', ReadonlySet<string>>> = {
  fr: new Set(['mais', 'et', 'or', 'car', 'donc', 'puis', 'alors', 'tandis', 'lorsque', 'quand', 'bien', 'même', 'pourtant', 'cependant', 'toutefois', 'parce', 'afin', 'ce', 'selon', 'ajoute', 'ajoutait', 'explique', 'précise', 'souligne', 'estime', 'assure', 'affirme', 'indique', 'déclare', 'note', 'dit', 'disait', 'rappelle', 'poursuit', 'conclut', 'a', 'avait']),
  en: new Set(['but', 'and', 'or', 'yet', 'so', 'while', 'whereas', 'although', 'though', 'because', 'when', 'which', 'who', 'according', 'said', 'says', 'added', 'adds', 'explained', 'noted', 'told', 'stated', 'insisted', 'argued', 'warned', 'he', 'she', 'they', 'it'])
}
// Characters that always end a clause: semicolons, colons, dashes used as breaks, brackets and quotation marks.
export const CLAUSE_BREAKS = ';:()[]«»“”"'
