// Unlocking with the recovery passphrase when the passphrase is forgotten: the recovery passphrase,
// then a new passphrase typed twice. The recovery passphrase keeps working afterwards.
import { useState, type FormEvent } from 'react';
import { api } from '../../api-client';
import type { VaultStatus } from '../../../api/vault';
import { Page } from '../../ui/page';
import { Button } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { useSubmit } from '../../ui/use-submit';
import { PassphraseField } from './passphrase-field';
import { NEW_PASSPHRASE_HINT, checkNewPassphrase } from './passphrase-rules';

export function RecoveryForm({ onBack, onUnlocked }: { onBack: () => void; onUnlocked: (status: VaultStatus) => void }) {
  const [recovery, setRecovery] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!recovery) found.recoveryPassphrase = 'Enter the recovery passphrase';
    Object.assign(found, checkNewPassphrase(next, again, { field: 'newPassphrase', againField: 'newPassphraseAgain' }));
    if (Object.keys(found).length) {
      setMessage(undefined);
      setErrors(found);
      return;
    }
    const status = await submit(() => api.vault.unlockWithRecovery({ recoveryPassphrase: recovery, newPassphrase: next }));
    if (status?.state === 'unlocked') onUnlocked(status);
  };

  return (
    <Page title="Unlock with the recovery passphrase" windowTitle="Locked" hasErrors={hasErrors}>
      <button type="button" className="back-link back-link--button" onClick={onBack}>Back to unlocking with your passphrase</button>
      <ErrorSummary errors={errors} message={message} />
      <p>Use this if you have forgotten your passphrase. You will choose a new passphrase to use from now on.</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <PassphraseField
          path="recoveryPassphrase"
          label="Recovery passphrase"
          autoComplete="current-password"
          name="recovery"
          value={recovery}
          onChange={setRecovery}
          error={errors.recoveryPassphrase}
        />
        <PassphraseField
          path="newPassphrase"
          label="New passphrase"
          hint={NEW_PASSPHRASE_HINT}
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={errors.newPassphrase}
        />
        <PassphraseField
          path="newPassphraseAgain"
          label="Type the new passphrase again"
          autoComplete="new-password"
          value={again}
          onChange={setAgain}
          error={errors.newPassphraseAgain}
        />
        <Button type="submit" disabled={busy}>{busy ? 'Unlocking…' : 'Unlock and save the new passphrase'}</Button>
      </form>
    </Page>
  );
}
