import { describe, expect, it } from 'vitest'
import { formatDateText, parseDateText } from '../../../renderer/src/ui/dateText'

describe('dates typed and shown day first, as French and British readers write them (issue 13, item 5)', () => {
  it('reads day/month/year, month/year, a year and ISO', () => {
    expect(parseDateText('5/10/2023')).toBe('2023-10-05')
    expect(parseDateText('05.10.2023')).toBe('2023-10-05')
    expect(parseDateText(' 10/2023 ')).toBe('2023-10')
    expect(parseDateText('2023')).toBe('2023')
    expect(parseDateText('2023-10-05')).toBe('2023-10-05')
    expect(parseDateText('')).toBe('')
  })

  it('refuses what is not a date rather than guessing', () => {
    for (const bad of ['31/02/2023', '13/2023', '10/05', 'hier', '2023-13', '1/1/23']) expect(parseDateText(bad), bad).toBeNull()
  })

  it('shows ISO dates day first, partial ones as written', () => {
    expect(formatDateText('2023-10-05')).toBe('05/10/2023')
    expect(formatDateText('2023-10')).toBe('10/2023')
    expect(formatDateText('2023')).toBe('2023')
    expect(formatDateText(undefined)).toBe('')
    for (const iso of ['2023-10-05', '2023-10', '2023']) expect(parseDateText(formatDateText(iso))).toBe(iso)
  })
})
