import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

function speakerOf(lang: Lang, text: string): string | undefined {
  const claims = extractClaims(text, { lang })
  expect(claims.length).toBeGreaterThan(0)
  return claims[0].speaker
}

describe('speaker attribution: the person or role who says it, never a function word', () => {
  it('reads the agent of a passive speech verb ("annoncé par", "reported by"), not the conjunction before it', () => {
    expect(speakerOf('fr', 'Comme annoncé par la police samedi, 3 personnes ont été blessées.')).toBe('la police')
    expect(speakerOf('en', 'As reported by the Office for National Statistics, 1,200 jobs were lost.')).toBe('Office for National Statistics')
  })

  it('keeps a role phrase whole when it ends on a name ("le président de la République", "the governor of the Bank of England")', () => {
    expect(speakerOf('fr', 'Le président de la République a dit que 40 % des jeunes votent.')).toBe('Le président de la République')
    expect(speakerOf('fr', 'La ministre de la Santé a indiqué que 300 lits ont été fermés.')).toBe('La ministre de la Santé')
    expect(speakerOf('en', 'The governor of the Bank of England said inflation would hit 10%.')).toBe('The governor of the Bank of England')
    // a person's name stays the name
    expect(speakerOf('fr', 'Jean Martin a assuré que 610 consommateurs sont accueillis.')).toBe('Jean Martin')
  })

  it('gives no speaker to a figure that contradicts what someone says', () => {
    expect(speakerOf('fr', 'Contrairement à ce que dit le gouvernement, le chômage a augmenté de 2 %.')).toBeUndefined()
    expect(speakerOf('en', 'Contrary to what the minister claims, prices rose by 5%.')).toBeUndefined()
  })

  it('reads a name before an aside that ends on its role, and no role in a compound after the verb', () => {
    expect(speakerOf('en', 'Maria Lopez, Dane County Fair manager, said the three-day fair drew 12,000 visitors.')).toBe('Maria Lopez')
    expect(speakerOf('en', 'Officials said the two-week festival drew 5,000 people.')).not.toMatch(/two/)
  })

  it('names the publisher of a cited publication, and who publishes figures', () => {
    expect(speakerOf('en', 'Prices rose 2.1% in May, according to a flash estimate from Statistics Norway.')).toBe('Statistics Norway')
    expect(speakerOf('fr', "Selon une étude de l'Insee publiée jeudi, 12 % des ménages sont pauvres.")).toBe('Insee')
    expect(speakerOf('en', 'The Central Bureau published figures on Monday which recorded 4,100 births.')).toBe('Central Bureau')
  })
})
