// Currencies as data: the symbols, ISO codes and names (French and English) a figure may carry. Read by units.ts.
// A name maps to one ISO 4217 code; where a bare name is ambiguous ("dollar", "franc", "pound") it maps to the
// reading most frequent in the press the app serves (USD, CHF, GBP), and a qualifier ("canadiens", "hk $") refines it.

/** Symbols written before or after the figure ("$20", "20 €", "100₾"). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', '₣': 'CHF', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₪': 'ILS', '₫': 'VND',
  '₱': 'PHP', '₴': 'UAH', '₦': 'NGN', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₺': 'TRY', '₸': 'KZT', '₵': 'GHS', '฿': 'THB',
  '₼': 'AZN', '₮': 'MNT', '₲': 'PYG', '៛': 'KHR', '元': 'CNY', '円': 'JPY', '圓': 'TWD', '﷼': 'SAR'
}

/** Abbreviations written capitalised before a figure ("Rs 46,605", "Rs. 500", "Rp 10.000", "Dhs 20"). */
export const CURRENCY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  rs: 'INR', rp: 'IDR', dhs: 'AED', dh: 'MAD', ksh: 'KES', kshs: 'KES', sfr: 'CHF', zł: 'PLN', kč: 'CZK'
}

/** ISO 4217 codes read in capitals before or after a figure ("USD 5 million", "1000 EUR"). */
export const CURRENCY_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'EUR USD GBP CHF JPY CNY CAD AUD NZD HKD SGD SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RSD TRY RUB UAH INR PKR LKR NPR ' +
    'BDT IDR MYR THB VND PHP KRW TWD BRL ARS MXN CLP COP PEN ZAR NGN KES EGP MAD DZD TND XOF XAF ILS SAR AED QAR KWD ' +
    'IRR GEL LAK CRC KZT GHS RMB'
  )
    .split(' ')
    .map((c) => [c.toLowerCase(), c === 'RMB' ? 'CNY' : c])
)

/**
 * Letters glued or spaced before "$" that say which dollar ("US$", "C $", "hk $"), or after it ("$ c", "$CAD", "$ US").
 * Keys are lower case with dots removed.
 */
export const DOLLAR_QUALIFIERS: Readonly<Record<string, string>> = {
  us: 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD', hk: 'HKD', hkd: 'HKD',
  nz: 'NZD', nzd: 'NZD', s: 'SGD', sg: 'SGD', sgd: 'SGD', r: 'BRL', mx: 'MXN', nt: 'TWD'
}

/** Currency names after a figure: [phrase, ISO code, factor to the currency (a cent is 0.01)]. */
export type CurrencyName = readonly [phrase: string, code: string, factor?: number]

export const CURRENCY_NAMES_EN: readonly CurrencyName[] = [
  ['us dollars', 'USD'], ['us dollar', 'USD'], ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['canadian dollars', 'CAD'],
  ['canadian dollar', 'CAD'], ['australian dollars', 'AUD'], ['australian dollar', 'AUD'], ['hong kong dollars', 'HKD'],
  ['new zealand dollars', 'NZD'], ['singapore dollars', 'SGD'], ['dollars', 'USD'], ['dollar', 'USD'], ['bucks', 'USD'],
  ['euros', 'EUR'], ['euro', 'EUR'], ['pounds sterling', 'GBP'], ['pound sterling', 'GBP'], ['pounds', 'GBP'], ['pound', 'GBP'],
  ['sterling', 'GBP'], ['czech crowns', 'CZK'], ['czech crown', 'CZK'], ['czech korunas', 'CZK'], ['czech koruna', 'CZK'], ['swedish crowns', 'SEK'], ['swedish kronor', 'SEK'], ['danish kroner', 'DKK'], ['norwegian kroner', 'NOK'], ['crowns', 'SEK'], ['kronor', 'SEK'], ['swiss francs', 'CHF'], ['swiss franc', 'CHF'], ['francs', 'CHF'], ['franc', 'CHF'], ['yen', 'JPY'],
  ['yens', 'JPY'], ['yuan', 'CNY'], ['yuans', 'CNY'], ['renminbi', 'CNY'], ['rupees', 'INR'], ['rupee', 'INR'], ['roubles', 'RUB'],
  ['rubles', 'RUB'], ['rouble', 'RUB'], ['ruble', 'RUB'], ['pesos', 'MXN'], ['peso', 'MXN'], ['reais', 'BRL'],
  ['rand', 'ZAR'], ['lira', 'TRY'], ['liras', 'TRY'], ['kronor', 'SEK'], ['kroner', 'NOK'], ['krone', 'DKK'],
  ['zlotys', 'PLN'], ['zloty', 'PLN'], ['forints', 'HUF'], ['forint', 'HUF'], ['shekels', 'ILS'], ['shekel', 'ILS'],
  ['dirhams', 'MAD'], ['dirham', 'MAD'], ['riyals', 'SAR'], ['riyal', 'SAR'], ['naira', 'NGN'], ['hryvnias', 'UAH'],
  ['markka', 'FIM'], ['markkaa', 'FIM'], ['finnish markka', 'FIM'], ['deutsche marks', 'DEM'],
  ['pesetas', 'ESP'], ['peseta', 'ESP'], ['guilders', 'NLG'], ['guilder', 'NLG'], ['dutch guilders', 'NLG'], ['lari', 'GEL'],
  ['kip', 'LAK'], ['colones', 'CRC'], ['colón', 'CRC'], ['cedis', 'GHS'], ['cedi', 'GHS'], ['pesewas', 'GHS', 0.01],
  ['euro cents', 'EUR', 0.01], ['euro cent', 'EUR', 0.01], ['eurocents', 'EUR', 0.01], ['cents', 'USD', 0.01], ['cent', 'USD', 0.01], ['pence', 'GBP', 0.01], ['penny', 'GBP', 0.01], ['pennies', 'GBP', 0.01],
  ['p', 'GBP', 0.01], ['¢', 'USD', 0.01]
]

export const CURRENCY_NAMES_FR: readonly CurrencyName[] = [
  ['dollars', 'USD'], ['dollar', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['dollars américains', 'USD'], ['dollars us', 'USD'], ['dollars canadiens', 'CAD'], ['dollar canadien', 'CAD'],
  ['dollars australiens', 'AUD'], ['dollar australien', 'AUD'], ['dollars de hong kong', 'HKD'], ['dollars hongkongais', 'HKD'],
  ['dollars néo-zélandais', 'NZD'], ['livres sterling', 'GBP'], ['livre sterling', 'GBP'], ['livres', 'GBP'],
  ['francs suisses', 'CHF'], ['franc suisse', 'CHF'], ['francs cfa', 'XOF'], ['francs pacifique', 'XPF'], ['roupies', 'INR'],
  ['roupie', 'INR'], ['yuans', 'CNY'], ['yuan', 'CNY'], ['yens', 'JPY'], ['yen', 'JPY'], ['francs', 'CHF'], ['franc', 'CHF'], ['couronnes suédoises', 'SEK'], ['couronnes norvégiennes', 'NOK'],
  ['couronnes danoises', 'DKK'], ['couronnes tchèques', 'CZK'], ['couronne tchèque', 'CZK'], ['couronnes', 'SEK'], ['zlotys', 'PLN'], ['roubles', 'RUB'], ['réals', 'BRL'], ['reals', 'BRL'],
  ['marks finlandais', 'FIM'], ['mark finlandais', 'FIM'], ['deutsche marks', 'DEM'], ['florins hollandais', 'NLG'],
  ['florins néerlandais', 'NLG'], ['florins', 'NLG'], ['centimes', 'EUR', 0.01], ["centimes d'euro", 'EUR', 0.01],
  ['centimes de dollar', 'USD', 0.01], ["cents d'euro", 'EUR', 0.01], ['euro cents', 'EUR', 0.01], ['cents', 'USD', 0.01], ['pence', 'GBP', 0.01], ['penny', 'GBP', 0.01],
  ['pesewas', 'GHS', 0.01], ['pounds', 'GBP']
]
