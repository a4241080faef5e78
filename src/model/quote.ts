/** Where a quote stands in a text: every start offset. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The ways a number may be written in the texts: 1729, 1,729 and the full-width digits １７２９. */
function spellings(value: number): string[] {
  const plain = String(value);
  const [int = '', frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') + (frac === undefined ? '' : `.${frac}`);
  const fullWidth = plain.replace(/[0-9.]/gu, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  return [...new Set([plain, grouped, fullWidth])];
}

const DIGIT = /[0-9０-９]/u;
const ASCII_DIGIT = /[0-9]/u;
const SEPARATOR = /[.,．]/u;

/** Whether `spelling`, found at `at` in `quote`, is a whole number there: no digit runs on before or after it. */
function whole(quote: string, at: number, spelling: string): boolean {
  const before = quote[at - 1] ?? '';
  if (DIGIT.test(before) || (SEPARATOR.test(before) && ASCII_DIGIT.test(quote[at - 2] ?? ''))) return false;
  const end = at + spelling.length;
  const after = quote[end] ?? '';
  return !(DIGIT.test(after) || (SEPARATOR.test(after) && DIGIT.test(quote[end + 1] ?? '')));
}

/**
 * Whether the quote states this number as a whole number: 30 is not in "300", 10.8 is
 * not in "10.81", 5 is in "3—5个". Found by indexOf and a look at its neighbours, not by a
 * pattern made for each number: ingest asks this of every figure of a text.
 */
export function statesNumber(quote: string, value: number): boolean {
  return spellings(value).some((s) => {
    for (let at = quote.indexOf(s); at >= 0; at = quote.indexOf(s, at + 1)) if (whole(quote, at, s)) return true;
    return false;
  });
}
