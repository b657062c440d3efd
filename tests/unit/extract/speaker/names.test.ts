import { describe, expect, it } from 'vitest'
import { canonicalSpeaker } from '../../../../shared/extract/speaker/index'

describe('canonicalSpeaker: a name as written matched to a known speaker', () => {
  it('matches by surname, whatever the case or title', () => {
    expect(canonicalSpeaker('NUNEZ', ['Laurent Nunez'])).toBe('Laurent Nunez')
    expect(canonicalSpeaker('M. Nunez', ['Laurent Nunez'])).toBe('Laurent Nunez')
    expect(canonicalSpeaker('Claire Morvan', ['Laurent Nunez'])).toBe('Claire Morvan')
  })

  it('title-cases a transcript label in capitals only when asked, so acronyms in prose stay', () => {
    expect(canonicalSpeaker('MOREAU', [], true)).toBe('Moreau')
    expect(canonicalSpeaker('INSEE', [])).toBe('INSEE')
  })
})
