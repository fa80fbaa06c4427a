/** One button's request: busy while it runs, and its failure in plain words where the button is. */
import { useState } from 'preact/hooks';

export interface Action {
  busy: boolean;
  error: string;
  run(work: () => Promise<string | null>): Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return {
    busy,
    error,
    async run(work) {
      setBusy(true);
      setError('');
      try {
        setError((await work()) ?? '');
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setBusy(false);
      }
    },
  };
}
