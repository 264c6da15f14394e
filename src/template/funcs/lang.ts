/**
 * Hugo's lang namespace for the English locale: number, percent and currency
 * formatting (as gohugoio/locales formats "en"), plus NumFmt with custom
 * separators. Translation (T/i18n) lives in partials.ts with the other hooks.
 */
import { toFloatE, toIntE, toStringE } from './go.js';
import type { Namespace } from './registry.js';

function precisionAndNumber(precision: unknown, number: unknown): [number, number] {
  const p = toIntE(precision);
  if (p < 0) throw new Error('precision must be >= 0');
  return [p, toFloatE(number)];
}

const en = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options);

/** `lang.NumFmt PRECISION NUMBER ["NEG DEC GROUP" [DELIMITER]]`, defaults "- . ,". */
function numFmt(precision: unknown, number: unknown, ...options: unknown[]): string {
  const [p, n] = precisionAndNumber(precision, number);
  const delimiter = options.length > 1 ? toStringE(options[1]) : ' ';
  const parts = options.length > 0 ? toStringE(options[0]).split(delimiter) : ['-', '.', ','];
  const [neg = '-', dec = '.', group = ''] = parts;
  const fixed = Math.abs(n).toFixed(p);
  const [whole = '', frac] = fixed.split('.');
  const grouped = group === '' ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (n < 0 ? neg : '') + grouped + (frac === undefined ? '' : dec + frac);
}

export const langNamespace: Namespace = () => [
  { name: 'lang.FormatNumber', fn: (precision: unknown, number: unknown) => {
    const [p, n] = precisionAndNumber(precision, number);
    return en({ minimumFractionDigits: p, maximumFractionDigits: p }).format(n);
  }, examples: [['{{ lang.FormatNumber 2 1234.567 }}', '1,234.57']] },
  { name: 'lang.FormatNumberCustom', aliases: ['lang.NumFmt'], fn: numFmt, examples: [
    ['{{ lang.FormatNumberCustom 2 1234.567 }}', '1,234.57'], ['{{ lang.NumFmt 2 -1234.567 }}', '-1,234.57'],
    ['{{ lang.NumFmt 0 1234.5 "- , ." }}', '1.235'],
  ] },
  { name: 'lang.FormatPercent', fn: (precision: unknown, number: unknown) => {
    const [p, n] = precisionAndNumber(precision, number);
    return `${en({ minimumFractionDigits: p, maximumFractionDigits: p }).format(n)}%`;
  }, examples: [['{{ lang.FormatPercent 1 12.345 }}', '12.3%']] },
  { name: 'lang.FormatCurrency', fn: (precision: unknown, currency: unknown, number: unknown) => {
    const [p, n] = precisionAndNumber(precision, number);
    return en({ style: 'currency', currency: toStringE(currency), minimumFractionDigits: p, maximumFractionDigits: p }).format(n);
  }, examples: [['{{ lang.FormatCurrency 2 "USD" 1234.5 }}', '$1,234.50']] },
  { name: 'lang.FormatAccounting', fn: (precision: unknown, currency: unknown, number: unknown) => {
    const [p, n] = precisionAndNumber(precision, number);
    return en({
      style: 'currency', currency: toStringE(currency), currencySign: 'accounting', minimumFractionDigits: p, maximumFractionDigits: p,
    }).format(n);
  }, examples: [['{{ lang.FormatAccounting 2 "USD" -1234.5 }}', '($1,234.50)']] },
];
