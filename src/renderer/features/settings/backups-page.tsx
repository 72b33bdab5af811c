// Settings: how many daily backups of the whole vault to keep (0 to 90; 0 turns them off).
import { useState, type FormEvent } from 'react';
import { api } from '../../api-client';
import { navigate } from '../../router';
import { Page } from '../../ui/page';
import { Button } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput } from '../../ui/fields';
import { useSubmit } from '../../ui/use-submit';
import { useSecurity } from '../security/security-gate';
import { setFlash } from '../security/flash';
import { readWholeNumber } from './numbers';

export function BackupsPage() {
  const { status, setStatus } = useSecurity();
  const [value, setValue] = useState(String(status.backups?.keep ?? 7));
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const keep = readWholeNumber(value, { min: 0, max: 90, what: 'days' });
    if (typeof keep === 'string') {
      setMessage(undefined);
      setErrors({ keep });
      return;
    }
    const next = await submit(() => api.vault.setBackupCount({ keep }));
    if (!next) return;
    setStatus(next);
    setFlash(keep === 0 ? 'Daily backups are turned off. Existing backups have been removed.' : `TAC Chair will keep daily backups for the last ${keep} ${keep === 1 ? 'day' : 'days'}.`);
    navigate('/settings');
  };

  return (
    <Page title="How many daily backups should TAC Chair keep?" windowTitle="Backups" hasErrors={hasErrors} back={{ href: '/settings', label: 'Back to settings' }}>
      <ErrorSummary errors={errors} message={message} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          path="keep"
          label="Days of backups to keep"
          hint="From 0 to 90. Older backups are removed. 0 turns daily backups off and removes the ones already made."
          value={value}
          onChange={setValue}
          error={errors.keep}
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
