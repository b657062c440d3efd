import type { ClaimKind } from '../../../../shared/model'
import type { Translate } from '../../i18n'

/** What a reviewer types about a claim, as text until it is checked. */
export interface ClaimFieldValues {
  value: string
  valueHigh: string
  previous: string
  unit: string
  kind: ClaimKind
  subject: string
  speaker: string
  period: string
}

/** The checked fields: numbers parsed, empty strings made absent. */
export interface ParsedClaimFields {
  value: number
  valueHigh?: number
  previous?: number
  unit?: string
  kind: ClaimKind
  subject: string
  speaker?: string
  period?: string
}

/** Parses a number typed in either locale ("1 234,5", "1,234.5", "12.5"); NaN when it is not one. */
export function parseTypedNumber(raw: string): number {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '')
  if (!s) return NaN
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'))
  return Number(s.replace(',', '.'))
}

/** Checks the typed fields; the error names the field and what was typed. */
export function parseClaimFields(f: ClaimFieldValues, t: Translate): { ok: true; value: ParsedClaimFields } | { ok: false; error: string } {
  const optional = (raw: string): number | undefined => (raw.trim() ? parseTypedNumber(raw) : undefined)
  const value = parseTypedNumber(f.value)
  const valueHigh = optional(f.valueHigh)
  const previous = optional(f.previous)
  if (!Number.isFinite(value)) return { ok: false, error: t('notANumber', { field: t('value'), text: f.value }) }
  if (valueHigh !== undefined && !Number.isFinite(valueHigh)) return { ok: false, error: t('notANumber', { field: t('valueHigh'), text: f.valueHigh }) }
  if (previous !== undefined && !Number.isFinite(previous)) return { ok: false, error: t('notANumber', { field: t('previous'), text: f.previous }) }
  return {
    ok: true,
    value: {
      value,
      valueHigh,
      previous,
      unit: f.unit.trim() || undefined,
      kind: f.kind,
      subject: f.subject.trim(),
      speaker: f.speaker.trim() || undefined,
      period: f.period.trim() || undefined
    }
  }
}

