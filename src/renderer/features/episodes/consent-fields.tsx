// The consent to share information: who gave it, written or verbal, when, what it covers and
// which services the family does not want told. Never a bare "yes".
import { useState } from 'react';
import { TextInput, TextArea, Radios, Checkboxes } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import { Button } from '../../ui/bits';
import { CONSENT_GIVERS, CONSENT_GIVER_LABELS, type Consent } from '../../../core/episodes/schema';
import type { FamilyRecord } from '../../../core/families/record';

export type ConsentDraft = Omit<Consent, 'id'> & { id?: string };

export function blankConsent(today: string): ConsentDraft {
  return { givenBy: 'parent', givenByName: '', form: 'written', date: today, scope: '', excludedAgencies: [], notes: '' };
}

export function ConsentFields({ record, draft, onChange, errors, prefix }: {
  record: FamilyRecord;
  draft: ConsentDraft;
  onChange: (d: ConsentDraft) => void;
  errors: Record<string, string>;
  prefix: string;
}) {
  const [other, setOther] = useState('');
  const set = (patch: Partial<ConsentDraft>) => onChange({ ...draft, ...patch });
  const e = (p: string) => errors[`${prefix}.${p}`];
  const agencies = [...new Set([...record.team.map((t) => t.agency), ...draft.excludedAgencies])];
  return (
    <>
      <Radios path={`${prefix}.givenBy`} label="Who gave consent?" value={draft.givenBy} onChange={(v) => set({ givenBy: v as ConsentDraft['givenBy'] })} options={CONSENT_GIVERS.map((g) => ({ value: g, label: CONSENT_GIVER_LABELS[g] }))} error={e('givenBy')} />
      <TextInput path={`${prefix}.givenByName`} label="Their name" value={draft.givenByName} onChange={(v) => set({ givenByName: v })} error={e('givenByName')} width="half" hint={record.members.length ? `For example, ${record.members[0].name}` : undefined} />
      <Radios path={`${prefix}.form`} label="How was consent given?" inline value={draft.form} onChange={(v) => set({ form: v as ConsentDraft['form'] })} options={[{ value: 'written', label: 'Written' }, { value: 'verbal', label: 'Verbal' }]} error={e('form')} />
      <DateInput path={`${prefix}.date`} label="Date consent was given" value={draft.date} onChange={(v) => set({ date: v })} error={e('date')} />
      <TextArea path={`${prefix}.scope`} label="What did they agree can be shared, and with whom?" hint="In plain words, as you explained it to them" rows={3} value={draft.scope} onChange={(v) => set({ scope: v })} error={e('scope')} />
      <Checkboxes
        path={`${prefix}.excludedAgencies`}
        label="Is there any service the family does not want told?"
        hint="They will be shown as left out when the record is sent. Select all that apply."
        values={draft.excludedAgencies}
        onChange={(v) => set({ excludedAgencies: v })}
        options={agencies.map((a) => ({ value: a, label: a }))}
        error={e('excludedAgencies')}
      />
      <div className="inline-add">
        <TextInput path={`${prefix}.otherAgency`} label="Another service not on the team (optional)" value={other} onChange={setOther} width="half" />
        <Button variant="secondary" onClick={() => { if (other.trim()) { set({ excludedAgencies: [...draft.excludedAgencies, other.trim()] }); setOther(''); } }}>Add to the list</Button>
      </div>
      <TextArea path={`${prefix}.notes`} label="Anything else about consent (optional)" rows={2} value={draft.notes} onChange={(v) => set({ notes: v })} />
    </>
  );
}
