/**
 * The filter box: a year range or a value bound of the Figures list, typed, prefilled with
 * the one in force. `problem` says, in the interface's language, why what is typed will not do.
 */
export interface FilterBoxState {
  readonly kind: 'filterBox';
  readonly field: 'years' | 'min' | 'max';
  readonly text: string;
  readonly problem: string | null;
}
