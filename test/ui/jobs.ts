import type { JobControl } from '../../src/ui/input/jobControl.js';

/** Job control for a test: it counts the suspensions Ctrl-Z asks for, and `resume` is `fg`. */
export function testJobs(): JobControl & { suspended: number; resume(): void } {
  const listeners = new Set<() => void>();
  const jobs = {
    suspended: 0,
    suspend() {
      jobs.suspended++;
    },
    onResume(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    resume() {
      for (const listener of listeners) listener();
    },
  };
  return jobs;
}
