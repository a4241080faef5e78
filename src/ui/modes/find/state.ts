/**
 * A find in the reader's document. While the box is `open` it takes the keys; Enter closes it
 * and leaves the matches marked, for n and N to step through until Esc clears them.
 */
export interface ReaderFind {
  readonly query: string;
  readonly open: boolean;
  /** The current match, -1 when there is none. */
  readonly match: number;
  /** Where the reader stood when the find began: the first match shown is the first from there. */
  readonly from: number;
}
