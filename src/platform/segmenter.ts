/**
 * Intl.Segmenter, made the first time it is asked to segment. Making one loads ICU's break
 * rules, and for Chinese words its dictionary: ~10 ms for the first, more for words. The
 * bundle makes several as its modules load (string-width, slice-ansi, the screen's text
 * and the search's query words), long before any text is segmented, and most are not used
 * before the first frame; the build makes each of them one of these (scripts/build.mjs).
 */
export class LazySegmenter implements Intl.Segmenter {
  readonly #locales: ConstructorParameters<typeof Intl.Segmenter>[0];
  readonly #options: Intl.SegmenterOptions | undefined;
  #segmenter: Intl.Segmenter | undefined;

  constructor(locales?: string | readonly string[], options?: Intl.SegmenterOptions) {
    this.#locales = locales;
    this.#options = options;
  }

  #made(): Intl.Segmenter {
    return (this.#segmenter ??= new Intl.Segmenter(this.#locales, this.#options));
  }

  segment(input: string): Intl.Segments {
    return this.#made().segment(input);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#made().resolvedOptions();
  }
}
