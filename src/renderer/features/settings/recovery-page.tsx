// Settings: set or replace the recovery passphrase — the way back in if the passphrase is forgotten.
import { useState, type FormEvent } from 'react';
import { api } from '../../api-client';
import { navigate } from '../../router';
import { Page } from '../../ui/page';
import { Button } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { useSubmit } from '../../ui/use-submit';
import { useSecurity } from '../security/security-gate';
import { setFlash } from '../security/flash';
import { PassphraseField } from '../security/passphrase-field';
import { NEW_PASSPHRASE_HINT, checkNewPassphrase } from '../security/passphrase-rules';

export function RecoveryPassphrasePage() {
  const { status, setStatus } = useSecurity();
  const needsCurrent = status.hasPassphrase;
  const [current, setCurrent] = useState('');
  const [recovery, setRecovery] = useState('');
  const [again, setAgain] = useState('');
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (needsCurrent && !current) found.passphrase = 'Enter your current passphrase';
    Object.assign(found, checkNewPassphrase(recovery, again, { field: 'recoveryPassphrase', againField: 'recoveryPassphraseAgain', what: 'recovery passphrase' }));
    if (needsCurrent && recovery && recovery === current) found.recoveryPassphrase = 'Choose a recovery passphrase that is different from the passphrase';
    if (Object.keys(found).length) {
      setMessage(undefined);
      setErrors(found);
      return;
    }
    const value = await submit(() => api.vault.setRecoveryPassphrase({ ...(needsCurrent ? { passphrase: current } : {}), recoveryPassphrase: recovery }));
    if (!value) return;
    setStatus(value);
    setFlash(status.hasRecovery ? 'The recovery passphrase has been replaced. The old one no longer works.' : 'The recovery passphrase has been set. Keep it somewhere safe, away from this computer.');
    navigate('/settings');
  };

  return (
    <Page
      title={status.hasRecovery ? 'Replace the recovery passphrase' : 'Set a recovery passphrase'}
      windowTitle="Recovery passphrase"
      hasErrors={hasErrors}
      back={{ href: '/settings', label: 'Back to settings' }}
    >
      <ErrorSummary errors={errors} message={message} />
      <p>If the passphrase is forgotten, the recovery passphrase is the only way back into the records. Write it down and keep it locked away from this computer, or give it to your manager to keep.</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {needsCurrent && (
          <PassphraseField path="passphrase" name="password" label="Current passphrase" autoComplete="current-password" value={current} onChange={setCurrent} error={errors.passphrase} />
        )}
        <PassphraseField path="recoveryPassphrase" label="Recovery passphrase" hint={NEW_PASSPHRASE_HINT} autoComplete="new-password" value={recovery} onChange={setRecovery} error={errors.recoveryPassphrase} />
        <PassphraseField path="recoveryPassphraseAgain" label="Type the recovery passphrase again" autoComplete="new-password" value={again} onChange={setAgain} error={errors.recoveryPassphraseAgain} />
        <div className="button-group">
          <Button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Save recovery passphrase'}</Button>
          <a className="link" href="#/settings">Cancel</a>
        </div>
      </form>
    </Page>
  );
}
