// papaparse's own types (@types/papaparse) pull in Node's; shared/ is host-free, so these are
// the parts of its string-parsing API that shared/reference uses.
declare module 'papaparse' {
  interface ParseError {
    type: string
    code: string
    message: string
    row?: number
  }
  interface ParseMeta {
    delimiter: string
    linebreak: string
    aborted: boolean
    cursor: number
  }
  interface ParseStepResult {
    data: string[]
    errors: ParseError[]
    meta: ParseMeta
  }
  interface Parser {
    abort(): void
  }
  interface ParseConfig {
    delimiter?: string
    delimitersToGuess?: string[]
    preview?: number
    skipEmptyLines?: boolean | 'greedy'
    step?: (results: ParseStepResult, parser: Parser) => void
  }
  interface ParseResult {
    data: string[][]
    errors: ParseError[]
    meta: ParseMeta
  }
  const Papa: { parse(input: string, config?: ParseConfig): ParseResult }
  export default Papa
}
