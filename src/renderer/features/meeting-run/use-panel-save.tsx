// Saving from a meeting panel straight away: calls the API, hands the new family record to the
// page, and shows a quiet "Saved" line (read out politely by screen readers) or the problem.
import { useCallback, useRef, useState } from 'react';
import type { FamilyRecord } from '../../../core/families/record';
import type { Result } from '../../../core/shared/result';

export interface SaveState {
  tone: 'saved' | 'problem';
  text: string;
}

// Every save still on its way, from any panel, so finishing can wait for them all.
const inFlight = new Set<Promise<unknown>>();

/** Resolves once every panel save started so far (and any started meanwhile) has come back. */
export async function panelSavesDone(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

export function usePanelSave(onRecord: (record: FamilyRecord) => void) {
  const [status, setStatus] = useState<SaveState>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Saves go one at a time, so they reach the record in the order they were made.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  /** Save and say so. Returns the new record, or undefined when it was refused. */
  const save = useCallback(
    async <T,>(call: () => Promise<Result<T>>, saved: string, pick?: (value: T) => FamilyRecord): Promise<T | undefined> => {
      setBusy(true);
      pending.current++;
      const turn = queue.current.then(call, call);
      queue.current = turn.catch(() => undefined);
      inFlight.add(turn);
      void turn.then(() => inFlight.delete(turn), () => inFlight.delete(turn));
      try {
        const result = await turn;
        if (result.ok) {
          onRecord(pick ? pick(result.value) : (result.value as unknown as FamilyRecord));
          setErrors({});
          setStatus({ tone: 'saved', text: saved });
          return result.value;
        }
        const fields = result.error.fields ?? {};
        setErrors(fields);
        setStatus({ tone: 'problem', text: Object.keys(fields).length > 0 ? `Not saved: ${Object.values(fields)[0]}` : result.error.message });
        return undefined;
      } finally {
        if (--pending.current === 0) setBusy(false);
      }
    },
    [onRecord],
  );

  return { save, status, errors, busy, setErrors, setStatus, setBusy };
}

/** The quiet line under a panel: "Saved: …" or the problem, announced without moving focus. */
export function SaveStatus({ state, id }: { state?: SaveState; id?: string }) {
  return (
    <p id={id} className={`save-status${state?.tone === 'problem' ? ' save-status--problem' : ''}`} role="status" aria-live="polite">
      {state ? (state.tone === 'saved' ? <><span aria-hidden="true">✓ </span>{state.text}</> : state.text) : ''}
    </p>
  );
}
