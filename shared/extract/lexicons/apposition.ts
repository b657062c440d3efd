/**
 * Adjectives that follow a measure in apposition to a noun ("the driver, 25 years old,", "the nebula, 1,400 light years
 * away,", "the tower, 300 metres high,"): the measure is the noun's. Data only: the logic is in ../apposition.ts.
 */
export const MEASURE_ADJECTIVES: ReadonlySet<string> = new Set([
  'old', 'away', 'long', 'high', 'tall', 'deep', 'wide', 'thick', 'across', 'distant', 'apart', 'big', 'heavy'
])
