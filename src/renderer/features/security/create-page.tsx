// First run: choose the passphrase that locks the records (typed twice), and if wanted a recovery
// passphrase for when it is forgotten. Says why a passphrase is needed on this computer.
import { useState, type FormEvent } from 'react';
import { api } from '../../api-client';
import type { VaultStatus } from '../../../api/vault';
import { Page } from '../../ui/page';
import { Button, Inset, Notice } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { useSubmit } from '../../ui/use-submit';
import { PassphraseField, UsernameForPasswordManagers } from './passphrase-field';
import { NEW_PASSPHRASE_HINT, checkNewPassphrase } from './passphrase-rules';
import './security.css';

export function CreatePassphrasePage({ status, onDone }: { status: VaultStatus; onDone: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [recovery, setRecovery] = useState('');
  const [recoveryAgain, setRecoveryAgain] = useState('');
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();

  // The key list is missing but locked records are there: choosing a passphrase now would not help.
  if (status.problem) {
    return (
      <Page title="TAC Chair cannot open its records">
        <Notice tone="problem">
          <p>{status.problem}</p>
        </Notice>
        <p>Nothing has been changed or deleted. Ask your IT support for help.</p>
      </Page>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewPassphrase(passphrase, again, { field: 'passphrase', againField: 'passphraseAgain' });
    if (recovery || recoveryAgain) {
      Object.assign(found, checkNewPassphrase(recovery, recoveryAgain, { field: 'recoveryPassphrase', againField: 'recoveryPassphraseAgain', what: 'recovery passphrase' }));
      if (recovery && recovery === passphrase) found.recoveryPassphrase = 'Choose a recovery passphrase that is different from the passphrase';
    }
    if (Object.keys(found).length) {
      setMessage(undefined);
      setErrors(found);
      return;
    }
    const next = await submit(() => api.vault.create({ passphrase, ...(recovery ? { recoveryPassphrase: recovery } : {}) }));
    if (next) onDone(next);
  };

  return (
    <Page title="Choose a passphrase" windowTitle="Set up" hasErrors={hasErrors}>
      <ErrorSummary errors={errors} message={message} />
      <p className="lead">TAC Chair keeps records about children and families locked on this computer. Choose a passphrase to lock them.</p>
      <p>You will type it to unlock TAC Chair when it starts and after it locks itself. Nobody else can reset it for you.</p>
      {status.keyStoreNote ? (
        <Inset>{status.keyStoreNote} It will ask for it each time it opens.</Inset>
      ) : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <UsernameForPasswordManagers />
        <PassphraseField path="passphrase" name="new-password" label="Passphrase" hint={NEW_PASSPHRASE_HINT} autoComplete="new-password" value={passphrase} onChange={setPassphrase} error={errors.passphrase} />
        <PassphraseField path="passphraseAgain" label="Type the passphrase again" autoComplete="new-password" value={again} onChange={setAgain} error={errors.passphraseAgain} />
        <fieldset className="fieldset">
          <legend className="legend legend--m">Recovery passphrase (optional)</legend>
          <p className="hint">
            If the passphrase is forgotten, the recovery passphrase is the only way back into the records. Choose a different one,
            write it down and keep it locked away from this computer — or give it to your manager to keep. You can also set it later in Settings.
          </p>
          <PassphraseField path="recoveryPassphrase" label="Recovery passphrase" autoComplete="new-password" value={recovery} onChange={setRecovery} error={errors.recoveryPassphrase} />
          <PassphraseField path="recoveryPassphraseAgain" label="Type the recovery passphrase again" autoComplete="new-password" value={recoveryAgain} onChange={setRecoveryAgain} error={errors.recoveryPassphraseAgain} />
        </fieldset>
        <Button type="submit" disabled={busy}>{busy ? 'Locking the records…' : 'Save and continue'}</Button>
      </form>
    </Page>
  );
}
