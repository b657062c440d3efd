// The last check on a speaker read from the text: a speaker is a person, a role or an institution, never a function
// word, an ordinal or a participle ("To", "first", "the trainer aged"). Trailing words that cannot end a name are
// dropped; a name left empty or made of such a word is no speaker.
import type { Lang } from '../../model'
import { nonNounClass } from '../lexicons/nonNouns'
import { ORDINAL_RANKS } from '../lexicons/ranks'
import { CLASSES } from '../subject/classes'

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

function cannotEnd(w: string, lang: Lang): boolean {
  const lw = w.toLowerCase()
  if (CLASSES[lang].stop.has(lw) || ORDINAL_RANKS[lang].has(lw)) return true
  // a lower-case verb, adjective or participle ends no name ("aged", "first"); capitalised words are names
  return w === lw && nonNounClass(lw, lang) !== undefined
}

/** `name` with trailing words that cannot end a name removed, or undefined when nothing nameable is left. */
export function cleanSpeaker(name: string, lang: Lang): string | undefined {
  const words = [...name.matchAll(WORD_RE)]
  let last = words.length - 1
  while (last >= 0 && cannotEnd(words[last][0], lang)) last--
  if (last < 0) return undefined
  const end = (words[last].index ?? 0) + words[last][0].length
  const kept = name.slice(0, end).trim()
  return kept === '' ? undefined : kept
}
