/**
 * Long work written as a generator that yields its progress: run at once, or a slice at a
 * time, giving the event loop back between slices so that a screen can show the progress and
 * keys are not held up.
 */

/** Runs the steps to the end, telling each progress to `onProgress`. */
export function runSteps<P, R>(steps: Generator<P, R>, onProgress?: (progress: P) => void): R {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

/**
 * Runs the steps in slices of about `sliceMs`, telling the progress at the end of each; stops
 * early, with undefined, once `stopped()` says so.
 */
export async function runStepsInSlices<P, R>(
  steps: Generator<P, R>,
  sliceMs: number,
  onProgress: (progress: P) => void,
  stopped: () => boolean = () => false,
): Promise<R | undefined> {
  let since = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - since > sliceMs) {
      onProgress(step.value);
      await new Promise((resolve) => setImmediate(resolve));
      if (stopped()) return undefined;
      since = performance.now();
    }
  }
}
