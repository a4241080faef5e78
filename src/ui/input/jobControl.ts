import { EventEmitter } from 'node:events';
import { createContext } from 'react';

/**
 * The shell's job control as the screens need it. Raw mode hands Ctrl-Z to the app as a key,
 * so the input hook stops the process itself; after `fg` the terminal shows a blank screen
 * that Ink believes still holds its frame, so the hook has it drawn again. Tests render
 * without one: there Ctrl-Z must not stop the test runner.
 */
export interface JobControl {
  /** Stops the process as Ctrl-Z does in a shell. */
  suspend(): void;
  /** Calls `listener` after `fg`, once the terminal is back in the full screen; returns the undo. */
  onResume(listener: () => void): () => void;
}

export const JobControlContext = createContext<JobControl | null>(null);

/**
 * This process's job control: suspending sends it SIGTSTP, which the full screen
 * (platform/terminal.ts) turns into a stop with the shell's screen given back, as `kill -TSTP`
 * does; `resumed` is for the full screen to call once it is back after `fg`.
 */
export function processJobControl(): JobControl & { resumed(): void } {
  const events = new EventEmitter();
  return {
    suspend: () => process.kill(process.pid, 'SIGTSTP'),
    onResume: (listener) => {
      events.on('resume', listener);
      return () => {
        events.off('resume', listener);
      };
    },
    resumed: () => events.emit('resume'),
  };
}
