// jsonstat-toolkit ships no type declarations; these are the parts of its API that
// shared/reference/jsonStat.ts uses (https://github.com/jsonstat/toolkit/blob/master/docs/API.md).
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    label: string | null
    unit?: { label?: string; symbol?: string; decimals?: number } | null
  }
  interface JsonStatDimension {
    label: string | null
    role: string | null
    id: string[]
    length: number
    Category(index: number | string): JsonStatCategory | null
  }
  interface JsonStatDatum {
    value: number | string | null
    status: string | null
  }
  interface JsonStatDataset {
    class: 'dataset'
    label: string | null
    source: string | null
    updated: string | null
    href: string | null
    id: string[]
    size: number[]
    n: number
    role: { time: string[] | null; geo: string[] | null; metric: string[] | null } | null
    extension: unknown
    Dimension(id: string | number): JsonStatDimension | null
    Data(index: number): JsonStatDatum | null
  }
  interface JsonStatResponse {
    class: string | null
    length: number
    id?: string[]
    error?: unknown
    Dataset(index: number): JsonStatDataset | null
  }
  export default function JSONstat(input: object): JsonStatResponse
}
