import { describe, expect, it } from 'vitest'
import { findRoles } from '../../../../shared/extract/speaker/index'
import { tokenize } from '../../../../shared/extract/tokens'

describe('findRoles: role words written next to a name', () => {
  it('maps the role before a name and the role in apposition after it to that name', () => {
    const roles = findRoles(tokenize('le préfet de police, Marc-Olivier Delmas, a dit. Claire Morvan, ministre du Travail, a parlé.', 'fr'))
    expect(Object.fromEntries(roles)).toEqual({ police: 'Marc-Olivier Delmas', préfet: 'Marc-Olivier Delmas', ministre: 'Claire Morvan' })
  })

  it('keeps the first name a role word meets and ignores one-word names', () => {
    const roles = findRoles(tokenize('The minister, Graham Pike, spoke. Later the minister, Ann Lee, replied. Paris agreed.', 'en'))
    expect(roles.get('minister')).toBe('Graham Pike')
    expect([...roles.values()]).not.toContain('Paris')
  })
})
