// The unlock page (also the lock screen): one passphrase box that password managers and pasting work
// with, why it locked, and the way back with the recovery passphrase when the passphrase is forgotten.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api-client';
import type { VaultStatus } from '../../../api/vault';
import { Page } from '../../ui/page';
import { Button, Inset, Notice } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { useSubmit } from '../../ui/use-submit';
import { PassphraseField, UsernameForPasswordManagers } from './passphrase-field';
import { RecoveryForm } from './recovery-form';
import './security.css';

/** Why the app is locked: 'you' pressed Lock, 'idle' time ran out, 'elsewhere' the computer or menu did it. */
export type LockReason = 'you' | 'idle' | 'elsewhere';

function reasonText(reason: LockReason | undefined, minutes: number): string | undefined {
  if (reason === 'you') return 'You locked TAC Chair. Nothing about any family is on the screen until it is unlocked.';
  if (reason === 'idle') return `TAC Chair locked itself after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without use, to keep records safe if you were away.`;
  if (reason === 'elsewhere') return 'TAC Chair was locked because the computer was locked or went to sleep, or Lock was chosen from the menu.';
  return undefined;
}

export function UnlockPage(props: {
  status?: VaultStatus;
  reason?: LockReason;
  minutes: number;
  onUnlocked: (status: VaultStatus) => void;
  onRecheck: () => void;
}) {
  const { status } = props;
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();
  const wait = status?.waitSeconds ?? 0;

  // After too many wrong tries the host asks for a pause: look again once it has passed.
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(props.onRecheck, wait * 1000 + 200);
    return () => clearTimeout(timer);
  }, [wait, props.onRecheck]);

  if (mode === 'recovery') {
    return <RecoveryForm onBack={() => setMode('passphrase')} onUnlocked={props.onUnlocked} />;
  }

  // A vault opened only by its key file has no passphrase to type here.
  const keyFileOnly = !!status && !status.hasPassphrase && !status.hasRecovery;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) {
      setMessage(undefined);
      setErrors({ passphrase: 'Enter your passphrase' });
      return;
    }
    const next = await submit(() => api.vault.unlock({ passphrase }));
    if (!next) return;
    setPassphrase('');
    if (next.state === 'unlocked') props.onUnlocked(next);
  };

  const why = reasonText(props.reason, props.minutes);
  return (
    <Page title="TAC Chair is locked" windowTitle="Locked" hasErrors={hasErrors}>
      <ErrorSummary errors={errors} message={message} />
      {why && <p className="lead">{why}</p>}
      {status?.problem && (
        <Notice tone="warning" title="Something needs your attention">
          <p>{status.problem}</p>
        </Notice>
      )}
      {keyFileOnly ? (
        <>
          <p>This copy of TAC Chair is unlocked with a key file, not a passphrase, so it cannot be unlocked from this page.</p>
          <p>Close TAC Chair and start it again with its key file. To unlock it from this page next time, set a passphrase in Settings once it is open.</p>
        </>
      ) : (
        <form className="unlock-form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <UsernameForPasswordManagers />
          <PassphraseField
            path="passphrase"
            name="password"
            label="Passphrase"
            hint="You can paste it or use your password manager."
            autoComplete="current-password"
            value={passphrase}
            onChange={setPassphrase}
            error={errors.passphrase}
          />
          <Button type="submit" disabled={busy}>{busy ? 'Unlocking…' : 'Unlock'}</Button>
        </form>
      )}
      {status?.keyStoreNote && <Inset>{status.keyStoreNote}</Inset>}
      {!keyFileOnly && (
        <details className="details">
          <summary>I have forgotten my passphrase</summary>
          <div className="details__text">
            {status?.hasRecovery !== false ? (
              <>
                <p>You can unlock with the recovery passphrase set up for this computer, and then choose a new passphrase.</p>
                <Button variant="secondary" onClick={() => setMode('recovery')}>Use the recovery passphrase</Button>
              </>
            ) : (
              <p>
                No recovery passphrase was set up, so the records can only be opened with the passphrase. Try the passphrase
                again slowly, checking Caps Lock. If it is lost, ask your IT support or data protection officer what to do: the
                records cannot be read without it.
              </p>
            )}
          </div>
        </details>
      )}
    </Page>
  );
}
