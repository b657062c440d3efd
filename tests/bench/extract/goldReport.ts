// Scores shared/extract on one gold set and prints the figures and every error, for tuning the rules.
// Run: node --import tsx tests/bench/extract/goldReport.ts [invented|dev|test|<folder of .jsonl>] [--errors]
// Tune on dev (and invented); test is frozen and only read for the figures the README reports.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { extractClaims } from '../../../shared/extract/index'
import { fromExtracted, loadGold, scoreGold } from '../../unit/extract/goldScore'

const set = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dev'
const named = ['invented', 'dev', 'test'].includes(set)
if (!named && !existsSync(set)) {
  console.error(`unknown gold set "${set}": invented, dev, test or a folder of passages`)
  process.exit(2)
}
const dir = named ? resolve(__dirname, '../../fixtures/claims', set) : resolve(set)
const gold = loadGold(dir)
if (!gold.ok) {
  console.error(gold.error)
  process.exit(1)
}
const report = scoreGold(gold.value, (p) => extractClaims(p.text, { lang: p.lang, date: p.date }).map(fromExtracted))
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
console.log(`gold set ${set}: ${gold.value.length} passages`)
for (const [lang, s] of Object.entries({ ...report.byLang, all: report.all })) {
  if (!s) continue
  console.log(
    `${lang.padEnd(3)} passages ${s.passages} gold ${s.gold} predicted ${s.predicted} tp ${s.tp} fp ${s.fp} fn ${s.fn} ` +
      `P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} | unit ${pct(s.unitAcc)} high ${pct(s.valueHighAcc)} ` +
      `prev ${pct(s.previousAcc)} (found ${pct(s.previousRecall)} of ${s.withPrevious}) sign ${pct(s.signAcc)} of ${s.decreases} decreases subject ${pct(s.subjectAcc)} speaker ${pct(s.speakerAcc)} nonClaimHits ${s.nonClaimHits}`
  )
}
if (process.argv.includes('--errors')) {
  for (const e of report.falseNegatives) console.log(`FN ${e.passageId}: "${e.text}" ${e.value}`)
  for (const e of report.falsePositives) console.log(`FP ${e.passageId}: "${e.text}" ${e.value}`)
  for (const e of report.nonClaimHits) console.log(`NC ${e.passageId}: "${e.text}" ${e.value}`)
  for (const e of report.attributeErrors) console.log(`AT ${e.passageId} ${e.field}: "${e.quote}" gold=${JSON.stringify(e.gold)} got=${JSON.stringify(e.predicted)}`)
}
