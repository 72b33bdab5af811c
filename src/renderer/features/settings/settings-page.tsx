// Settings: when TAC Chair locks itself, how many daily backups it keeps, the passphrase and the
// recovery passphrase — each shown in a summary list with a link to change it (GOV.UK check-answers pattern).
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Page } from '../../ui/page';
import { Notice, SummaryList } from '../../ui/bits';
import { formatDate } from '../../../core/shared/dates';
import { useSecurity } from '../security/security-gate';
import { useFlash } from '../security/flash';
import { LOCK_SHORTCUT_TEXT } from '../security/lock-button';
import type { VaultStatus } from '../../../api/vault';
import '../security/security.css';

const UNLOCKED_WITH: Record<NonNullable<VaultStatus['unlockedWith']>, string> = {
  passphrase: 'your passphrase',
  recovery: 'the recovery passphrase',
  'key-file': 'a key file',
  safeStorage: 'this computer’s keychain',
};

function change(href: string, what: string) {
  return <a className="link" href={`#${href}`}>Change<span className="visually-hidden"> {what}</span></a>;
}

export function SettingsPage() {
  const { status, setStatus } = useSecurity();
  const flash = useFlash();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void api.vault.status().then((r) => {
      if (r.ok) setStatus(r.value);
      setLoaded(true);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const minutes = status.lockAfterMinutes ?? 10;
  const keep = status.backups?.keep;
  const days = status.backups?.days ?? [];
  return (
    <Page title="Settings" back={{ href: '/', label: 'All families' }}>
      {flash && <div className="flash"><Notice tone="success"><p>{flash}</p></Notice></div>}
      <h2 className="heading-m">Locking</h2>
      <SummaryList
        rows={[
          {
            key: 'Lock after',
            value: `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without use`,
            action: change('/settings/lock-time', 'when TAC Chair locks itself'),
          },
          { key: 'Lock now', value: `Press ${LOCK_SHORTCUT_TEXT}, or choose Lock at the top of any page. Locking the computer also locks TAC Chair.` },
          { key: 'Unlocked with', value: status.unlockedWith ? UNLOCKED_WITH[status.unlockedWith] : '' },
        ]}
      />
      {status.keyStoreNote && <p className="hint">{status.keyStoreNote}</p>}

      <h2 className="heading-m">Passphrases</h2>
      <SummaryList
        rows={[
          {
            key: 'Passphrase',
            value: status.hasPassphrase ? 'Set' : 'Not set — TAC Chair is unlocked with a key file only',
            action: change('/settings/passphrase', 'the passphrase'),
          },
          {
            key: 'Recovery passphrase',
            value: status.hasRecovery ? 'Set' : 'Not set — if the passphrase is forgotten, the records cannot be opened',
            action: change('/settings/recovery', 'the recovery passphrase'),
          },
        ]}
      />

      <h2 className="heading-m">Backups</h2>
      <p>Each day TAC Chair is used, it first keeps a copy of every family’s records on this computer, locked like the records themselves.</p>
      <SummaryList
        rows={[
          {
            key: 'Daily backups kept',
            value: keep === undefined ? (loaded ? '' : 'Checking…') : keep === 0 ? 'None — backups are turned off' : `The last ${keep} ${keep === 1 ? 'day' : 'days'}`,
            action: change('/settings/backups', 'how many daily backups are kept'),
          },
          {
            key: 'Backups now',
            value: days.length ? (
              <ul className="settings-days">
                {days.map((d) => <li key={d.date}>{formatDate(d.date)}: {d.families} {d.families === 1 ? 'family' : 'families'}</li>)}
              </ul>
            ) : (loaded ? 'None yet' : 'Checking…'),
          },
        ]}
      />
      <p className="hint">Backups are kept in the same folder as the records, so they protect against mistakes and damaged files, not against losing the computer. Ask your IT support about backing up the whole folder.</p>
    </Page>
  );
}
