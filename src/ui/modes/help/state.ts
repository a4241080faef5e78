/** The help overlay, scrolled to `top` and filtered by what was typed in it. */
export interface HelpState {
  readonly kind: 'help';
  readonly top: number;
  readonly query: string;
}
