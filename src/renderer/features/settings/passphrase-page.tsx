// Settings: change the passphrase (or set one where TAC Chair was only unlocked with a key file).
// The current passphrase is asked for first, so someone passing an unlocked screen cannot change it.
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

export function PassphrasePage() {
  const { status, setStatus } = useSecurity();
  const hasCurrent = status.hasPassphrase;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (hasCurrent && !current) found.currentPassphrase = 'Enter your current passphrase';
    Object.assign(found, checkNewPassphrase(next, again, { field: 'newPassphrase', againField: 'newPassphraseAgain', what: 'new passphrase' }));
    if (hasCurrent && next && next === current) found.newPassphrase = 'Choose a new passphrase that is different from the current one';
    if (Object.keys(found).length) {
      setMessage(undefined);
      setErrors(found);
      return;
    }
    const value = await submit(() => api.vault.changePassphrase({ ...(hasCurrent ? { currentPassphrase: current } : {}), newPassphrase: next }));
    if (!value) return;
    setStatus(value);
    setFlash(hasCurrent ? 'Your passphrase has been changed. Use the new one from now on.' : 'Your passphrase has been set. Use it to unlock TAC Chair from now on.');
    navigate('/settings');
  };

  const title = hasCurrent ? 'Change your passphrase' : 'Set a passphrase';
  return (
    <Page title={title} windowTitle="Passphrase" hasErrors={hasErrors} back={{ href: '/settings', label: 'Back to settings' }}>
      <ErrorSummary errors={errors} message={message} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {hasCurrent && (
          <PassphraseField path="currentPassphrase" name="password" label="Current passphrase" autoComplete="current-password" value={current} onChange={setCurrent} error={errors.currentPassphrase} />
        )}
        <PassphraseField path="newPassphrase" name="new-password" label="New passphrase" hint={NEW_PASSPHRASE_HINT} autoComplete="new-password" value={next} onChange={setNext} error={errors.newPassphrase} />
        <PassphraseField path="newPassphraseAgain" label="Type the new passphrase again" autoComplete="new-password" value={again} onChange={setAgain} error={errors.newPassphraseAgain} />
        <div className="button-group">
          <Button type="submit" disabled={busy}>{busy ? 'Saving…' : hasCurrent ? 'Change passphrase' : 'Set passphrase'}</Button>
          <a className="link" href="#/settings">Cancel</a>
        </div>
      </form>
    </Page>
  );
}
