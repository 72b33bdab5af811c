// The events locking is built on: the shortcut, the Electron menu's notice, "locked" answers, the
// hooks other features may use to save before a lock and forget after it, and other open tabs.
import { LOCKED_ANSWER_EVENT } from '../../api-client';

/** Sent by the Electron preload when the menu, screen lock, sleep or idle time locked the app. */
export const HOST_LOCK_EVENT = 'tac:lock';
/** Sent by the API client when a call was refused because the app is locked. */
export { LOCKED_ANSWER_EVENT };

/**
 * Fired on window just before the app locks itself (button, shortcut, idle time). A feature holding
 * unsaved words listens and calls `event.detail.waitFor(promise)` to save them first (given 2 seconds).
 */
export const BEFORE_LOCK_EVENT = 'tac:before-lock';
/**
 * Fired on window once the app is locked and the screen cleared. A feature that keeps family data
 * outside React state (a module-level cache) listens and forgets it.
 */
export const AFTER_LOCK_EVENT = 'tac:after-lock';

export interface BeforeLockDetail {
  waitFor(work: Promise<unknown>): void;
}

/** Lets every listener save its work, waiting at most `limitMs` so locking is never held up for long. */
export async function announceBeforeLock(limitMs = 2000): Promise<void> {
  const work: Promise<unknown>[] = [];
  window.dispatchEvent(new CustomEvent<BeforeLockDetail>(BEFORE_LOCK_EVENT, { detail: { waitFor: (p) => work.push(p.catch(() => undefined)) } }));
  if (work.length === 0) return;
  await Promise.race([Promise.all(work), new Promise((resolve) => setTimeout(resolve, limitMs))]);
}

/** Ctrl+L (Windows, Linux) or Cmd+L (Mac), with no other modifier. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.key === 'l' || event.key === 'L') && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

export type TabMessage = 'locked' | 'unlocked' | 'active';

/** Other tabs of the browser host (and the family's screen) hear about locks, unlocks and activity. */
export function openTabChannel(onMessage: (message: TabMessage) => void): { post(message: TabMessage): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel('tac-chair-lock');
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'locked' || event.data === 'unlocked' || event.data === 'active') onMessage(event.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
