// Locks TAC Chair after the chosen number of minutes without a key press, click, touch or scroll in
// any of its open tabs. Activity is shared between tabs so a second tab does not lock a busy one.
import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll', 'focusin'] as const;
const CHECK_EVERY_MS = 5_000;
const SHARE_EVERY_MS = 20_000;

export interface IdleLockOptions {
  minutes: number;
  enabled: boolean;
  onIdle: () => void;
  /** Tell other tabs this one is in use (throttled). */
  shareActivity?: () => void;
}

/** Returns a function to call when another tab reports activity. */
export function useIdleLock({ minutes, enabled, onIdle, shareActivity }: IdleLockOptions): () => void {
  const last = useRef(Date.now());
  const shared = useRef(0);
  const idle = useRef(onIdle);
  idle.current = onIdle;
  const share = useRef(shareActivity);
  share.current = shareActivity;

  useEffect(() => {
    if (!enabled) return;
    last.current = Date.now();
    const onActivity = () => {
      const now = Date.now();
      last.current = now;
      if (now - shared.current > SHARE_EVERY_MS) {
        shared.current = now;
        share.current?.();
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) idle.current();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, minutes]);

  return () => {
    last.current = Date.now();
  };
}
