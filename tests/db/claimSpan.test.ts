import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { updateClaimSpan } from '../../renderer/src/db/repositories/claimSpan'
import { getClaim } from '../../renderer/src/db/repositories/claims'
import { historyFor, undoLast } from '../../renderer/src/db/repositories/history'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

const at = (s: string): { start: number; end: number } => ({ start: INTERVIEW.indexOf(s), end: INTERVIEW.indexOf(s) + s.length })

async function seeded() {
  const db = freshDb()
  const source = makeSource(INTERVIEW, { title: 'Entretien' })
  // An older claim: its quote is the figure, no figure offsets.
  const claim = makeClaim(source, '610 consommateurs')
  await addSourceWithClaims(db, source, [claim])
  return { db, source, claim }
}

describe('updateClaimSpan', () => {
  it('moves the quote and the figure, re-reads the quote from the text, records History and undoes both', async () => {
    const { db, claim } = await seeded()
    const span = { quote: at('610 consommateurs sont accueillis'), figure: at('610 consommateurs sont') }
    const saved = await updateClaimSpan(db, claim.id, span, 'Léa')
    expect(saved).toMatchObject({ quote: '610 consommateurs sont accueillis', start: span.quote.start, end: span.quote.end, figureStart: span.figure.start, figureEnd: span.figure.end, status: 'edited' })
    const [entry] = await historyFor(db, 'claim', claim.id)
    expect(entry.fields).toEqual(expect.arrayContaining(['quote', 'end', 'figureStart', 'figureEnd', 'status']))
    expect(await undoLast(db, 'Léa')).not.toBeNull()
    const back = await getClaim(db, claim.id)
    expect(back).toMatchObject({ quote: '610 consommateurs', start: claim.start, end: claim.end, status: 'extracted' })
    expect(back?.figureStart).toBeUndefined()
    expect(back?.figureEnd).toBeUndefined()
  })

  it('refuses a span outside the text or a figure outside its quote, naming the source, and writes nothing', async () => {
    const { db, claim } = await seeded()
    await expect(updateClaimSpan(db, claim.id, { quote: { start: 0, end: INTERVIEW.length + 4 }, figure: at('610') }, 'Léa'))
      .rejects.toThrow(/not inside the text of "Entretien"/)
    await expect(updateClaimSpan(db, claim.id, { quote: at('consommateurs'), figure: at('610 consommateurs') }, 'Léa'))
      .rejects.toThrow(/figure outside the quote of "Entretien"/)
    expect(await historyFor(db, 'claim', claim.id)).toHaveLength(0)
    expect(await getClaim(db, claim.id)).toMatchObject({ quote: '610 consommateurs', start: claim.start })
  })
})
