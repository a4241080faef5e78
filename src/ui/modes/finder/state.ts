/** The search box, or the related figures of a figure, with the cursor on a result. */
export type FinderState =
  | { readonly kind: 'search'; readonly query: string; readonly cursor: number }
  | { readonly kind: 'related'; readonly fact: string; readonly cursor: number };
