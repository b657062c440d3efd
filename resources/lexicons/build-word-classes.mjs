// Writes the lexicon data the subject stage reads to tell a noun from a word that cannot be one:
// shared/extract/lexicons/nonNouns.{fr,en}.json. Run with `node resources/lexicons/build-word-classes.mjs` after
// updating the source packages (devDependencies; the app reads only the generated files).
//   fr: Lefff (LGPL-LR) through lefff-helper (nouns, adjectives) and french-verbs-lefff (conjugations): adjective and
//       verb forms that are no noun form.
//   en: the Brill lexicon natural ships (from pos-js): words none of whose tags is a noun tag.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (p) => JSON.parse(readFileSync(require.resolve(p), 'utf8'))
// Front coding: each word as the length it shares with the word before (one character, '0'+n) and the rest.
const code = (words) => {
  const sorted = [...words].sort()
  let prev = ''
  const coded = sorted.map((w) => {
    let n = 0
    while (n < prev.length && n < w.length && n < 40 && prev[n] === w[n]) n++
    prev = w
    return String.fromCharCode(48 + n) + w.slice(n)
  })
  return { count: sorted.length, words: coded.join('|') }
}
// Three classes: verb forms only, adjectives or adverbs only, and words that are both (participles: "atteint", "paid").
const out = (lang, verbs, modifiers, source, licence) => {
  const both = new Set([...verbs].filter((w) => modifiers.has(w)))
  for (const w of both) { verbs.delete(w); modifiers.delete(w) }
  const file = join(root, 'shared', 'extract', 'lexicons', `nonNouns.${lang}.json`)
  writeFileSync(file, JSON.stringify({ source, licence, verbs: code(verbs), modifiers: code(modifiers), participles: code(both) }) + '\n')
  console.log(`${file}: ${verbs.size} verb forms, ${modifiers.size} adjectives and adverbs, ${both.size} both`)
}

const plainWord = /^[\p{Ll}][\p{Ll}'-]*$/u
const nouns = new Set(Object.keys(read('lefff-helper/resources_pub/nouns.json')).map((w) => w.toLowerCase()))
const frVerbs = new Set()
const frModifiers = new Set()
const frAdjectives = Object.keys(read('lefff-helper/resources_pub/adjectives.json'))
for (const w of frAdjectives) if (plainWord.test(w) && !nouns.has(w)) frModifiers.add(w)
// Lefff lists no adverbs: those in -ment are built on an adjective's form ("actuelle" → "actuellement", "vrai" →
// "vraiment"), and a word so built that Lefff holds as a noun ("paiement", "gouvernement") stays a noun.
// "-ant"/"-ent" give "-amment"/"-emment" ("constamment", "évidemment"); plural forms build none.
const adverbOf = (a) => /[eiué]$/.test(a) ? a + 'ment' : /[ae]nt$/.test(a) ? a.slice(0, -2) + 'mment' : undefined
for (const a of frAdjectives) {
  const adverb = plainWord.test(a) ? adverbOf(a) : undefined
  if (adverb && !nouns.has(adverb)) frModifiers.add(adverb)
}
// Tenses of running text: present, imperfect, future, conditional, present subjunctive, participles, gerund,
// infinitive, and the third persons of the simple past; the rest (imperfect subjunctive…) is too rare to carry.
const TENSES = { P: null, I: null, F: null, C: null, S: null, K: null, G: null, W: null, J: [2, 5] }
for (const tenses of Object.values(read('french-verbs-lefff/dist/conjugations.json'))) {
  for (const [tense, persons] of Object.entries(TENSES)) {
    const forms = tenses[tense]
    if (!forms) continue
    forms.forEach((f, i) => {
      if (f && f !== 'NA' && (persons === null || persons.includes(i)) && plainWord.test(f) && !nouns.has(f)) frVerbs.add(f)
    })
  }
}
out('fr', frVerbs, frModifiers, 'Lefff 3.4 via lefff-helper 4.2.6 and french-verbs-lefff 3.4.0', 'LGPL-LR (Lesser General Public License For Linguistic Resources)')

const enVerbs = new Set()
const enModifiers = new Set()
const tags = read('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json')
for (const [w, t] of Object.entries(tags)) {
  if (!/^[a-z][a-z'-]*$/.test(w) || t.some((x) => x.startsWith('NN'))) continue
  if (t.some((x) => x.startsWith('VB') || x === 'MD')) enVerbs.add(w)
  if (t.some((x) => x.startsWith('JJ') || x.startsWith('RB'))) enModifiers.add(w)
}
out('en', enVerbs, enModifiers, 'natural 8.1.1, brill_pos_tagger English lexicon (from pos-js)', 'MIT')
