/**
 * Currency step: a currency sign or code before the number ("$300 million", "US$ 5",
 * "€5bn", "Rs 500"), or a currency name after it ("5 billion rubles", "420 million
 * finnish markka", "50 cents", "one-yen"). Units are ISO 4217 codes where the
 * currency is certain, else the currency's name ("franc"); "$" alone is read as USD,
 * the usual meaning in English news.
 * Cents and pence become hundredths of the dollar and the pound.
 */
import { after, before, scaleDraft, type FigureDraft } from './draft.js';
import { table } from './vocabulary.js';

const SIGN_BEFORE: Record<string, string> = table({
  $: 'USD', us$: 'USD', 'u.s.$': 'USD', 'u.s$': 'USD', usd$: 'USD', c$: 'CAD', ca$: 'CAD', cad$: 'CAD', a$: 'AUD', au$: 'AUD', aud$: 'AUD',
  hk$: 'HKD', nz$: 'NZD', nzd$: 'NZD', s$: 'SGD', mex$: 'MXN', mxn$: 'MXN', r$: 'BRL',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'rs': 'INR', 'rs.': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₴': 'UAH', '₿': 'BTC',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', rub: 'RUB', inr: 'INR', chf: 'CHF', cad: 'CAD', aud: 'AUD',
  dlrs: 'USD', dlr: 'USD',
});
// "c $ 16.4 million", "u.s $ 100", "US$5", "Rs. 500", "USD 200": sign (with its country prefix), then the number.
// "a $5 fee" is not Australian dollars: one-letter prefixes other than "c" must touch the sign.
const PREFIX = /(?:^|[^\p{L}\p{N}$.])((?:(?:u\.?s\.?|usd|c|ca|cad|hk|nz|nzd|mex|mxn)[ \t]?)?\$|(?:a|au|aud|s|r)\$|[€£¥₹₽₩₺₴₿]|rs\.?|usd|eur|gbp|jpy|cny|rmb|rub|inr|chf|cad|aud|dlrs?)[ \t\u00a0]?$/diu;

const SIGN_AFTER: Record<string, string> = table({
  '€': 'EUR', '$': 'USD', '£': 'GBP', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '元': 'CNY', 'ரூ': 'LKR', '₽': 'RUB', '₹': 'INR',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', rmb: 'CNY', cny: 'CNY', jpy: 'JPY', rub: 'RUB', chf: 'CHF', inr: 'INR',
});
const SUFFIX_SIGN = /^[ \t\u00a0]?([€$£₡₾₭元₽₹]|ரூ|usd|eur|gbp|rmb|cny|jpy|rub|chf|inr)(?![\p{L}\p{N}])/iu;

/** Currency names after a number, with the adjectives that say whose currency it is. */
const QUALIFIED: Record<string, Record<string, string>> = table<Record<string, string>>({
  dollar: { '': 'USD', us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD', 'new zealand': 'NZD', singapore: 'SGD', taiwan: 'TWD' },
  euro: { '': 'EUR' },
  pound: { '': 'GBP', british: 'GBP', egyptian: 'EGP' },
  pence: { '': 'GBP' }, penny: { '': 'GBP' },
  cent: { '': 'USD' },
  yen: { '': 'JPY', japanese: 'JPY' },
  yuan: { '': 'CNY', chinese: 'CNY' }, renminbi: { '': 'CNY' },
  ruble: { '': 'RUB', russian: 'RUB' },
  rupee: { '': 'INR', indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR' },
  franc: { swiss: 'CHF', french: 'FRF', belgian: 'BEF' },
  peseta: { '': 'ESP' }, markka: { '': 'FIM', finnish: 'FIM' }, guilder: { dutch: 'NLG', '': 'NLG' },
  lira: { turkish: 'TRY', italian: 'ITL' }, peso: { mexican: 'MXN', argentine: 'ARS', philippine: 'PHP' },
  won: { 'south korean': 'KRW', korean: 'KRW' }, hryvnia: { '': 'UAH', ukrainian: 'UAH' }, rand: { 'south african': 'ZAR' },
  bitcoin: { '': 'BTC' },
});
const NAME_FORMS: Record<string, string> = table({
  dollar: 'dollar', dollars: 'dollar', dlr: 'dollar', dlrs: 'dollar', euro: 'euro', euros: 'euro', pound: 'pound', pounds: 'pound', 'pounds sterling': 'pound',
  pence: 'pence', penny: 'penny', pennies: 'penny', cent: 'cent', cents: 'cent', yen: 'yen', yuan: 'yuan', renminbi: 'renminbi',
  ruble: 'ruble', rubles: 'ruble', rouble: 'ruble', roubles: 'ruble', rupee: 'rupee', rupees: 'rupee', franc: 'franc', francs: 'franc',
  peseta: 'peseta', pesetas: 'peseta', markka: 'markka', markkas: 'markka', guilder: 'guilder', guilders: 'guilder',
  lira: 'lira', liras: 'lira', lire: 'lira', peso: 'peso', pesos: 'peso', won: 'won', hryvnia: 'hryvnia', hryvnias: 'hryvnia',
  rand: 'rand', bitcoin: 'bitcoin', bitcoins: 'bitcoin',
});
const QUALIFIERS = 'us|u\\.s\\.|american|canadian|australian|hong kong|new zealand|singapore|taiwan|british|egyptian|japanese|chinese|russian|indian|pakistani|sri lankan|swiss|french|belgian|finnish|dutch|turkish|italian|mexican|argentine|philippine|south korean|korean|ukrainian|south african';
const SUFFIX_NAME = new RegExp(
  `^(?:[ \\t\\u00a0]+|[-‐‑])(?:(${QUALIFIERS})[ \\t\\u00a0]+)?(${Object.keys(NAME_FORMS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'iu',
);
/** "3 dollars 50 cents", "thirteen dollars and forty-five cents": the minor unit after the major one. */
/** "500 pounds (225 kilograms)", "500 pounds of supplies": the weight, not the currency. */
const WEIGHT_AFTER = /^[ \t\u00a0]*(?:of[ \t\u00a0]|\([ \t]*[\d.,]+[ \t]*(?:kg|kilo))/iu;
const MINOR_JOIN = /^[ \t]+(?:and[ \t]+)?$/i;
const MINOR_NAME = /^[ \t]+(?:cents?|pence)(?![\p{L}])/iu;

/** The ISO code (or, for an ambiguous name such as "francs", null) and the factor to the major unit. */
export function currencyOfName(qualifier: string, name: string): { code: string | null; base: string; factor: number } | null {
  const base = NAME_FORMS[name.toLowerCase()];
  if (!base) return null;
  const q = qualifier.toLowerCase().replace(/\s+/g, ' ');
  const forms = QUALIFIED[base];
  const code = forms && Object.prototype.hasOwnProperty.call(forms, q) ? forms[q]! : null;
  return { code, base, factor: base === 'cent' || base === 'pence' || base === 'penny' ? 0.01 : 1 };
}

export function attachMoney(text: string, drafts: FigureDraft[]): FigureDraft[] {
  const out: FigureDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    let d = drafts[i]!;
    if (d.unitKind !== null) {
      out.push(d);
      continue;
    }
    const look = before(text, d.start, 12);
    const prefix = PREFIX.exec(look);
    if (prefix) {
      const code = SIGN_BEFORE[prefix[1]!.toLowerCase().replace(/[ \t]/g, '')];
      if (code) d = { ...d, start: d.start - look.length + prefix.indices![1]![0], unit: code, unitKind: 'currency' };
    }
    const rest = after(text, d.end, 40);
    const name = SUFFIX_NAME.exec(rest);
    if (name) {
      const currency = currencyOfName(name[1] ?? '', name[2]!);
      const weight = currency?.base === 'pound' && d.unit === null && !name[1] && WEIGHT_AFTER.test(after(text, d.end + name[0].length, 24));
      if (currency && !weight && (d.unit === null || currency.code === d.unit || currency.code === null)) {
        // An ambiguous name ("francs": French, Swiss, Belgian?) keeps the currency's name as unit.
        const code = d.unit ?? currency.code ?? currency.base;
        d = { ...scaleDraft(d, currency.factor), end: d.end + name[0].length, unit: code, unitKind: 'currency' };
        d = joinMinorUnit(text, d, drafts[i + 1], currency.factor) ?? d;
        if (d.mentions.length > 1 && drafts[i + 1] && d.end >= drafts[i + 1]!.end) i++;
      }
    } else if (d.unit === null) {
      const sign = SUFFIX_SIGN.exec(rest);
      if (sign) d = { ...d, end: d.end + sign[0].length, unit: SIGN_AFTER[sign[1]!.toLowerCase()]!, unitKind: 'currency' };
    }
    if (d.unitKind === 'currency') d = { ...d, core: { start: d.start, end: d.end } };
    out.push(d);
  }
  return out;
}

/** "3 dollars 50 cents" -> 3.5; "thirteen dollars forty five" -> 13.45 (only at a sentence's end). */
function joinMinorUnit(text: string, major: FigureDraft, next: FigureDraft | undefined, factor: number): FigureDraft | null {
  if (!next || factor !== 1 || major.value === null || next.value === null || next.mentions.length !== 1) return null;
  if (!MINOR_JOIN.test(text.slice(major.end, next.start)) || !Number.isInteger(next.value) || next.value >= 100 || next.value < 0) return null;
  const minor = MINOR_NAME.exec(after(text, next.end, 12));
  const end = minor ? next.end + minor[0].length : next.end;
  if (!minor && !/^\s*(?:[.,;!?)]|$)/.test(after(text, next.end, 3))) return null;
  const value = Math.round((major.value + next.value / 100) * 100) / 100;
  return { ...major, value, number: value, end, mentions: [...major.mentions, ...next.mentions] };
}
