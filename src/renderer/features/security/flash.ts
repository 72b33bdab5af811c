// A one-off confirmation carried to the next page ("Settings saved", "The family's records were
// erased"), held in memory only and forgotten when TAC Chair locks.
import { useState } from 'react';
import { AFTER_LOCK_EVENT } from './lock-events';

let pending: string | undefined;

export function setFlash(message: string): void {
  pending = message;
}

/** The waiting message, once: the page that shows it takes it. */
export function useFlash(): string | undefined {
  const [message] = useState(() => {
    const m = pending;
    pending = undefined;
    return m;
  });
  return message;
}

if (typeof window !== 'undefined') window.addEventListener(AFTER_LOCK_EVENT, () => (pending = undefined));
