// The gate in front of every screen: asks vault.status first, shows the create-passphrase or unlock
// page until TAC Chair is unlocked, and on any lock unmounts every page so no family data stays on screen.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { api } from '../../api-client';
import type { VaultStatus } from '../../../api/vault';
import { DEFAULT_LOCK_AFTER_MINUTES } from '../../../api/vault';
import { Loading, Page, Problem } from '../../ui/page';
import {
  AFTER_LOCK_EVENT, HOST_LOCK_EVENT, LOCKED_ANSWER_EVENT, announceBeforeLock, isLockShortcut, openTabChannel,
} from './lock-events';
import { useIdleLock } from './use-idle-lock';
import { CreatePassphrasePage } from './create-page';
import { UnlockPage, type LockReason } from './unlock-page';
import { LockedFamilyScreen } from './locked-family-screen';

type View =
  | { kind: 'checking' }
  | { kind: 'problem'; message: string }
  | { kind: 'new'; status: VaultStatus }
  | { kind: 'locked'; status?: VaultStatus; reason?: LockReason }
  | { kind: 'unlocked'; status: VaultStatus; session: number };

export interface Security {
  status: VaultStatus;
  /** Lock now: give unsaved work 2 seconds to save, clear the screen, drop the key. */
  lock(reason?: LockReason): Promise<void>;
  /** After a settings change: take the new status (for example a new lock time). */
  setStatus(status: VaultStatus): void;
}

const SecurityContext = createContext<Security | null>(null);

/** The status and the lock, for any page shown while unlocked. */
export function useSecurity(): Security {
  const value = useContext(SecurityContext);
  if (!value) throw new Error('useSecurity is only available inside the SecurityGate');
  return value;
}

export interface GateView {
  unlocked: boolean;
  /** What to show while not unlocked (create, unlock, checking, problem), or undefined when unlocked. */
  screen?: ReactNode;
}

export function SecurityGate({ familyScreen, children }: { familyScreen: boolean; children: (gate: GateView) => ReactNode }) {
  const [view, setView] = useState<View>({ kind: 'checking' });
  const viewRef = useRef(view);
  viewRef.current = view;
  const sessions = useRef(0);
  const locking = useRef(false);
  const tabs = useRef<ReturnType<typeof openTabChannel> | undefined>(undefined);

  const show = useCallback((status: VaultStatus, reason?: LockReason) => {
    if (status.state === 'unlocked') {
      if (viewRef.current.kind === 'unlocked') setView({ ...viewRef.current, status });
      else setView({ kind: 'unlocked', status, session: ++sessions.current });
    } else if (status.state === 'new') setView({ kind: 'new', status });
    else setView({ kind: 'locked', status, reason });
  }, []);

  const check = useCallback(async (reason?: LockReason) => {
    const result = await api.vault.status();
    if (result.ok) show(result.value, reason);
    else setView({ kind: 'problem', message: result.error.message });
  }, [show]);

  /** The screen goes first; the key is dropped by the host; other tabs and features are told. */
  const clearScreen = useCallback((reason?: LockReason, status?: VaultStatus) => {
    setView({ kind: 'locked', status: status ?? lockedCopy(viewRef.current), reason });
    document.title = 'Locked – TAC Chair';
    window.dispatchEvent(new Event(AFTER_LOCK_EVENT));
  }, []);

  const lock = useCallback(async (reason: LockReason = 'you') => {
    if (locking.current) return;
    locking.current = true;
    try {
      if (viewRef.current.kind === 'unlocked') await announceBeforeLock();
      clearScreen(reason);
      const result = await api.vault.lock();
      tabs.current?.post('locked');
      if (result.ok) setView({ kind: 'locked', status: result.value, reason });
    } finally {
      locking.current = false;
    }
  }, [clearScreen]);

  /** Someone else locked it (the menu, the computer, another tab, the host): clear the screen, then ask. */
  const lockedElsewhere = useCallback(async () => {
    if (viewRef.current.kind !== 'unlocked') return;
    const result = await api.vault.status();
    if (result.ok && result.value.state === 'unlocked') return;
    clearScreen(undefined, result.ok ? result.value : undefined);
  }, [clearScreen]);

  const unlocked = useCallback((status: VaultStatus) => {
    show(status);
    tabs.current?.post('unlocked');
  }, [show]);

  const minutes = view.kind === 'unlocked' ? view.status.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES : DEFAULT_LOCK_AFTER_MINUTES;
  // The family's screen is watched, not used: it never locks the app itself, it follows the chair's.
  const otherTabActive = useIdleLock({
    minutes,
    enabled: view.kind === 'unlocked' && !familyScreen,
    onIdle: () => void lock('idle'),
    shareActivity: () => tabs.current?.post('active'),
  });

  useEffect(() => {
    void check();
    const channel = openTabChannel((message) => {
      if (message === 'locked') void lockedElsewhere();
      else if (message === 'unlocked' && viewRef.current.kind !== 'unlocked') void check();
      else if (message === 'active') otherTabActive();
    });
    tabs.current = channel;
    const onAnswer = () => void lockedElsewhere();
    // Electron: the menu, the computer's lock or sleep has locked the vault already; make sure and clear.
    const onHostLock = () => {
      if (viewRef.current.kind === 'unlocked') void lock('elsewhere');
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event) || familyScreen) return;
      event.preventDefault();
      if (viewRef.current.kind === 'unlocked') void lock('you');
    };
    window.addEventListener(LOCKED_ANSWER_EVENT, onAnswer);
    window.addEventListener(HOST_LOCK_EVENT, onHostLock);
    window.addEventListener('keydown', onKey);
    return () => {
      channel.close();
      window.removeEventListener(LOCKED_ANSWER_EVENT, onAnswer);
      window.removeEventListener(HOST_LOCK_EVENT, onHostLock);
      window.removeEventListener('keydown', onKey);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setStatus = useCallback((status: VaultStatus) => show(status), [show]);
  const recheck = useCallback(() => void check(), [check]);

  if (view.kind === 'unlocked') {
    const security: Security = { status: view.status, lock, setStatus };
    return <SecurityContext.Provider value={security}><SessionScope key={view.session}>{children({ unlocked: true })}</SessionScope></SecurityContext.Provider>;
  }
  let screen: ReactNode;
  // Not a Page: the first real page keeps focus at the top, for the skip link.
  if (view.kind === 'checking') screen = <Loading what="Opening TAC Chair" />;
  else if (view.kind === 'problem') screen = <Page title="TAC Chair cannot start"><Problem message={view.message} /></Page>;
  else if (familyScreen) screen = <LockedFamilyScreen onCheck={recheck} />;
  else if (view.kind === 'new') screen = <CreatePassphrasePage status={view.status} onDone={unlocked} />;
  else screen = <UnlockPage status={view.status} reason={view.reason} minutes={view.status?.lockAfterMinutes ?? minutes} onUnlocked={unlocked} onRecheck={recheck} />;
  return <>{children({ unlocked: false, screen })}</>;
}

/** One unlocked session: a fresh subtree each time, so nothing from before the lock survives in React state. */
function SessionScope({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

function lockedCopy(view: View): VaultStatus | undefined {
  if (view.kind !== 'unlocked') return undefined;
  const { backups: _backups, unlockedWith: _with, ...rest } = view.status;
  return { ...rest, state: 'locked' };
}
