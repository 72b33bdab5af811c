// Adding or changing a professional in the team: name, role, service, contact, and one plain
// sentence on what their service can help with (families often do not know).
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { navigate } from '../../router';
import { Page, Loading, Problem } from '../../ui/page';
import { Button } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput, TextArea, Select } from '../../ui/fields';
import { useSubmit } from '../../ui/use-submit';
import { AGENCY_KINDS, AGENCY_KIND_LABELS, type AgencyKind, type TeamMember } from '../../../core/team/schema';
import { useFamily } from '../families/use-family';

type Draft = Omit<TeamMember, 'id'> & { id?: string };
const blank: Draft = { name: '', role: '', agency: '', agencyKind: 'school', phone: '', email: '', canHelpWith: '', active: true };

export function TeamMemberPage({ familyId, memberId }: { familyId: string; memberId?: string }) {
  const { record, problem } = useFamily(familyId);
  const [draft, setDraft] = useState<Draft | undefined>(memberId ? undefined : blank);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const { errors, message, busy, submit, hasErrors } = useSubmit();

  useEffect(() => {
    if (memberId && record && !draft) {
      const found = record.team.find((t) => t.id === memberId);
      if (found) setDraft(found);
    }
  }, [memberId, record, draft]);

  const title = memberId ? 'Change a professional’s details' : 'Add a professional to the team';
  if (problem) return <Page title={title}><Problem message={problem} /></Page>;
  if (!record || !draft) return <Page title={title}><Loading /></Page>;

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const e = (p: string) => errors[`member.${p}`] ?? errors[p];
  const save = async () => {
    const value = await submit(() => api.team.save({ familyId, member: draft }));
    if (value) navigate(`/families/${familyId}`);
  };
  const remove = async () => {
    const value = await submit(() => api.team.remove({ familyId, memberId: memberId! }));
    if (value) navigate(`/families/${familyId}`);
  };

  return (
    <Page title={title} caption={`Family ${record.reference}`} hasErrors={hasErrors} back={{ href: `/families/${familyId}`, label: 'Back to the family' }}>
      <ErrorSummary errors={errors} message={message} />
      <form noValidate onSubmit={(ev) => { ev.preventDefault(); void save(); }}>
        <TextInput path="member.name" label="Full name" value={draft.name} onChange={(v) => set({ name: v })} error={e('name')} width="half" />
        <TextInput path="member.role" label="Role" hint="For example, school nurse or family support worker" value={draft.role} onChange={(v) => set({ role: v })} error={e('role')} width="half" />
        <TextInput path="member.agency" label="Service or organisation" hint="For example, Greenfield Primary School" value={draft.agency} onChange={(v) => set({ agency: v })} error={e('agency')} />
        <Select path="member.agencyKind" label="Kind of service" value={draft.agencyKind} onChange={(v) => set({ agencyKind: v as AgencyKind })} options={AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))} error={e('agencyKind')} />
        <TextInput path="member.phone" type="tel" label="Phone (optional)" value={draft.phone} onChange={(v) => set({ phone: v })} error={e('phone')} width="third" />
        <TextInput path="member.email" type="email" label="Email (optional)" value={draft.email} onChange={(v) => set({ email: v })} error={e('email')} width="half" />
        <TextArea path="member.canHelpWith" label="What their service can help with" hint="One plain sentence the family will understand, like: Helps children with sleep, eating and worries, and can see Jay at school." rows={3} value={draft.canHelpWith} onChange={(v) => set({ canHelpWith: v })} error={e('canHelpWith')} />
        <div className="button-group">
          <Button type="submit" disabled={busy}>{memberId ? 'Save changes' : 'Add to the team'}</Button>
          <a className="link" href={`#/families/${familyId}`}>Cancel</a>
        </div>
      </form>
      {memberId && (
        <section className="section" aria-labelledby="remove-heading">
          <h2 className="heading-m" id="remove-heading">Take {draft.name} off the team</h2>
          <p>If they are named in past meetings, they are kept in those records and marked as having left the team.</p>
          {!confirmRemove ? (
            <Button variant="warning" onClick={() => setConfirmRemove(true)}>Take off the team</Button>
          ) : (
            <div className="confirm" role="group" aria-label="Confirm">
              <p><strong>Are you sure you want to take {draft.name} off the team?</strong></p>
              <div className="button-group">
                <Button variant="warning" onClick={() => void remove()} disabled={busy}>Yes, take them off</Button>
                <Button variant="secondary" onClick={() => setConfirmRemove(false)}>No, keep them</Button>
              </div>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
