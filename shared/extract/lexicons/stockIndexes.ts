// Stock indexes a market report names, and the nouns that stand for the last one named. Data only.
export const STOCK_INDEX_NAMES: readonly string[] = [
  'FTSE 100', 'FTSE 250', 'FTSE', 'CAC 40', 'CAC40', 'SBF 120', 'DAX 40', 'DAX', 'Dow Jones Industrial Average', 'Dow Jones', 'Dow',
  'S&P 500', 'S&P500', 'Nasdaq Composite', 'Nasdaq', 'Nikkei 225', 'Nikkei', 'Hang Seng', 'Euro Stoxx 50', 'Stoxx 600', 'Ibex 35',
  'IBEX 35', 'SMI', 'BEL 20', 'AEX', 'FTSE MIB', 'TSX', 'ASX 200', 'Sensex', 'Kospi', 'CSI 300', 'Shanghai Composite'
]
export const STOCK_INDEX_NOUNS: ReadonlySet<string> = new Set([
  'index', 'indice', 'blue-chip index', 'benchmark index', 'benchmark', 'indice parisien', 'indice vedette', 'baromètre', 'indice phare'
])
