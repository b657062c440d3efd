import { describe, expect, it } from 'vitest'
import { en } from '../../../renderer/src/i18n/en'
import { parseClaimFields, parseTypedNumber } from '../../../renderer/src/features/reader/claimFieldValues'

const t = (key: keyof typeof en, params?: Record<string, string | number>): string =>
  Object.entries(params ?? {}).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), en[key])

describe('numbers typed by a reviewer', () => {
  it.each([
    ['1 234,5', 1234.5], ['1\u202f234,5', 1234.5], ['1,234.5', 1234.5], ['1.234,5', 1234.5], ['12.5', 12.5], ['12,5', 12.5],
    ["12'500", 12500], ['-3', -3], ['610', 610], ['1,234,567', 1234567]
  ])('reads %s as %d', (raw, expected) => {
    expect(parseTypedNumber(raw)).toBe(expected)
  })
  it.each(['', 'abc', '1..2', '12 %'])('refuses %s', (raw) => {
    expect(Number.isNaN(parseTypedNumber(raw))).toBe(true)
  })
})

describe('claim fields', () => {
  const base = { value: '610', valueHigh: '', previous: '200', unit: '', kind: 'count' as const, subject: ' consommateurs ', speaker: '', period: 'toutes les nuits' }
  it('parses numbers and drops empty fields', () => {
    expect(parseClaimFields(base, t)).toEqual({ ok: true, value: { value: 610, valueHigh: undefined, previous: 200, unit: undefined, kind: 'count', subject: 'consommateurs', speaker: undefined, period: 'toutes les nuits' } })
  })
  it('names the field that is not a number', () => {
    expect(parseClaimFields({ ...base, valueHigh: 'beaucoup' }, t)).toEqual({ ok: false, error: 'Upper value: "beaucoup" is not a number.' })
  })
})
