/** Where a quote stands in a text: every start offset. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The ways a number may be written in the texts: 1729, 1,729 and the full-width digits １７２９. */
function spellings(value: number): string[] {
  const plain = String(value);
  const [int = '', frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') + (frac === undefined ? '' : `.${frac}`);
  const fullWidth = plain.replace(/[0-9.]/gu, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  return [...new Set([plain, grouped, fullWidth])];
}

/**
 * Whether the quote states this number as a whole number: 30 is not in "300", 10.8 is
 * not in "10.81", 5 is in "3—5个".
 */
export function statesNumber(quote: string, value: number): boolean {
  return spellings(value).some((s) =>
    new RegExp(`(?<![0-9０-９]|[0-9][.,．])${escape(s)}(?![0-9０-９]|[.,．][0-9０-９])`, 'u').test(quote),
  );
}
