// @citation-js/core and @citation-js/plugin-csl ship no type declarations; these are the
// parts of their API that shared/bundle/csl.ts uses.
declare module '@citation-js/core' {
  interface FormatOptions {
    format?: 'text' | 'html'
    template?: string
    lang?: string
    entry?: string | string[]
  }
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string })
    /** With asEntryArray, one [id, formatted entry] pair per item, in bibliography order. */
    format(type: 'bibliography', options: FormatOptions & { asEntryArray: true }): [string, string][]
    format(type: 'bibliography' | 'citation', options?: FormatOptions): string
  }
  interface Register<T> {
    add(name: string, value: T): void
    has(name: string): boolean
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { templates: Register<string>; locales: Register<string> }
    }
  }
}

declare module '@citation-js/plugin-csl' {}
