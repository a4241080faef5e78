/** A choice a picker offers: what it stands for, how it is shown, and every name it is found by (in any script or language). */
export interface PickerChoice {
  readonly id: string;
  readonly label: string;
  readonly names: readonly string[];
}

/**
 * A list of choices with a filter typed over it, its cursor on one of the rows the filter
 * leaves, and the choices picked so far: several at once, or one where `several` is false.
 */
export interface Picker {
  readonly title: string;
  readonly choices: readonly PickerChoice[];
  readonly query: string;
  readonly cursor: number;
  /** The ids picked, in the order they were picked; kept while the filter changes. */
  readonly picked: readonly string[];
  readonly several: boolean;
  /**
   * Set where a name typed that no choice answers to may be proposed as a new one: the last
   * row then offers it, labelled with this.
   */
  readonly proposes?: string;
  /**
   * Enter with nothing picked applies nothing picked (a filter's picker opened with some in
   * force: unpicking them all clears it), rather than the row under the cursor.
   */
  readonly clears?: boolean;
}

/** The picker as the explorer holds it over the screen: `for` is what its choice is applied to. */
export interface PickerState extends Picker {
  readonly kind: 'picker';
  readonly for: 'place' | 'indicator' | 'category' | 'topic' | 'columns' | 'sort';
}
