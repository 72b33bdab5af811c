// Keeps what is on screen when a record changes only because this form's own saves came back —
// in any order, so an earlier answer arriving after a later tick cannot undo it — and follows
// changes made anywhere else.
import { useCallback, useEffect, useRef } from 'react';

/**
 * `signature` is the saved value as JSON; `follow` copies it into the form. Returns `sending`, to be
 * called with the JSON of every value the form saves.
 */
export function useOwnSaves(signature: string, follow: () => void): (sentJson: string) => void {
  const sent = useRef(new Set<string>());
  useEffect(() => {
    if (!sent.current.has(signature)) follow();
    // Follow saved changes only (not what is being typed).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
  return useCallback((sentJson: string) => {
    sent.current.add(sentJson);
  }, []);
}
