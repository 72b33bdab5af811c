// Erasing one family: what goes and what stays, a warning that it cannot be undone, and the family
// reference typed to confirm. Afterwards the records page says it was done.
import { useState, type FormEvent } from 'react';
import { api } from '../../api-client';
import { navigate } from '../../router';
import { Page, Loading, Problem } from '../../ui/page';
import { Button } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput } from '../../ui/fields';
import { useSubmit } from '../../ui/use-submit';
import { useFamily } from '../families/use-family';
import { setFlash } from '../security/flash';
import '../security/security.css';

export function ErasePage({ familyId }: { familyId: string }) {
  const { record, problem } = useFamily(familyId);
  const [typed, setTyped] = useState('');
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();
  const title = 'Erase this family’s records';
  if (problem) return <Page title={title}><Problem message={problem} /></Page>;
  if (!record) return <Page title={title}><Loading what="Opening the family" /></Page>;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!typed.trim()) {
      setMessage(undefined);
      setErrors({ confirmReference: 'Type the family reference to confirm' });
      return;
    }
    const result = await submit(() => api.records.eraseFamily({ familyId, confirmReference: typed }));
    if (!result) return;
    setFlash(`Family ${record.reference}: ${result.message}`);
    navigate('/records');
  };

  return (
    <Page title={title} caption={`Family ${record.reference}`} hasErrors={hasErrors} back={{ href: `/families/${familyId}`, label: 'Back to the family' }}>
      <ErrorSummary errors={errors} message={message} />
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">!</span>
        <strong><span className="visually-hidden">Warning: </span>Erasing cannot be undone. TAC Chair keeps no copy it could bring back.</strong>
      </div>
      <h2 className="heading-s">What will be erased</h2>
      <ul className="list list--bullet">
        <li>everything recorded about this family: the children, family members, team, support, consent, meetings, minutes and actions</li>
        <li>the earlier saves of the record, and its copies in the daily backups and in quarantine</li>
      </ul>
      <h2 className="heading-s">What stays</h2>
      <ul className="list list--bullet">
        <li>a note in the audit log that a family’s records were erased, and when, with no details about the family</li>
        <li>any documents you saved or sent elsewhere — delete those separately if you need to</li>
      </ul>
      <h2 className="heading-s">Before you erase</h2>
      <p>Check your organisation’s retention rules or ask your data protection officer. If someone has asked for a copy of their information, download it from the family page first.</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          path="confirmReference"
          label={<>To confirm, type the family reference: <strong>{record.reference}</strong></>}
          value={typed}
          onChange={setTyped}
          error={errors.confirmReference}
          width="half"
          spellCheck={false}
        />
        <div className="button-group">
          <Button type="submit" variant="warning" disabled={busy}>{busy ? 'Erasing…' : 'Erase this family’s records'}</Button>
          <a className="link" href={`#/families/${familyId}`}>Cancel</a>
        </div>
      </form>
    </Page>
  );
}
