// The header's Lock button: locks TAC Chair now (the same as Ctrl+L, or Cmd+L on a Mac).
import { useSecurity } from './security-gate';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
export const LOCK_SHORTCUT_TEXT = isMac ? 'Cmd+L' : 'Ctrl+L';

export function LockButton() {
  const { lock } = useSecurity();
  return (
    <button
      type="button"
      className="header__lock"
      onClick={() => void lock('you')}
      aria-keyshortcuts="Control+L Meta+L"
      title={`Lock TAC Chair (${LOCK_SHORTCUT_TEXT})`}
    >
      Lock<span className="visually-hidden"> TAC Chair</span> <span className="header__shortcut" aria-hidden="true">{LOCK_SHORTCUT_TEXT}</span>
    </button>
  );
}
