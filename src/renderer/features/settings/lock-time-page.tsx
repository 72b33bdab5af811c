// Settings: how many minutes without use before TAC Chair locks itself (1 to 60; 10 unless changed).
import { useState, type FormEvent } from 'react';
import { api } from '../../api-client';
import { navigate } from '../../router';
import { Page } from '../../ui/page';
import { Button } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput } from '../../ui/fields';
import { useSubmit } from '../../ui/use-submit';
import { MAX_LOCK_AFTER_MINUTES } from '../../../api/vault';
import { useSecurity } from '../security/security-gate';
import { setFlash } from '../security/flash';
import { readWholeNumber } from './numbers';

export function LockTimePage() {
  const { status, setStatus } = useSecurity();
  const [value, setValue] = useState(String(status.lockAfterMinutes ?? 10));
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const minutes = readWholeNumber(value, { min: 1, max: MAX_LOCK_AFTER_MINUTES, what: 'minutes' });
    if (typeof minutes === 'string') {
      setMessage(undefined);
      setErrors({ minutes });
      return;
    }
    const next = await submit(() => api.vault.setLockAfter({ minutes }));
    if (!next) return;
    setStatus(next);
    setFlash(`TAC Chair will lock itself after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without use.`);
    navigate('/settings');
  };

  return (
    <Page title="When should TAC Chair lock itself?" windowTitle="Lock after" hasErrors={hasErrors} back={{ href: '/settings', label: 'Back to settings' }}>
      <ErrorSummary errors={errors} message={message} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          path="minutes"
          label="Minutes without use before it locks"
          hint={`From 1 to ${MAX_LOCK_AFTER_MINUTES}. A shorter time is safer where other people can see or reach the computer. 10 minutes suits most offices.`}
          value={value}
          onChange={setValue}
          error={errors.minutes}
          width="short"
        />
        <div className="button-group">
          <Button type="submit" disabled={busy}>Save</Button>
          <a className="link" href="#/settings">Cancel</a>
        </div>
      </form>
    </Page>
  );
}
