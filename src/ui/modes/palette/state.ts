/** The command palette (`:`), filtered by what was typed in it, with its cursor on a row. */
export interface PaletteState {
  readonly kind: 'palette';
  readonly query: string;
  readonly cursor: number;
}
