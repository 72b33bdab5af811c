// "Is anyone missing from this team?" (the team now, help no one brings, add someone without leaving)
// and "Is this realistic?" (how much the plan holds, and who holds most of it).
import { useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import { Select, TextArea, TextInput } from '../../ui/fields';
import type { PanelProps } from '../meeting-run/panel';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import { AGENCY_KINDS, AGENCY_KIND_LABELS, type AgencyKind } from '../../../core/team/schema';
import { OPEN_STATUSES } from '../../../core/actions/schema';
import { actionIsFor } from '../../../core/agenda/carry-over';
import { personName } from '../../../core/families/people';
import { roleInSentence } from '../../../core/shared/text';

const blank = { name: '', role: '', agency: '', agencyKind: 'other' as AgencyKind, canHelpWith: '' };

export function MissingFromTeamPanel({ record, onRecord }: PanelProps) {
  const active = record.team.filter((t) => t.active);
  const covered = new Set(active.map((t) => t.agencyKind));
  const notCovered = AGENCY_KINDS.filter((k) => k !== 'other' && !covered.has(k));
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(blank);
  const { save, status, errors, busy } = usePanelSave(onRecord);
  const add = async () => {
    const value = await save(
      () => api.team.save({ familyId: record.id, member: { ...draft, phone: '', email: '', active: true } }),
      `Added ${draft.name} to the team. Invite them to the next meeting.`,
    );
    if (value) {
      setDraft(blank);
      setOpen(false);
    }
  };
  const e = (f: string) => errors[`member.${f}`];
  return (
    <section className="panel-block" aria-labelledby="team-now-heading">
      <h3 className="heading-m" id="team-now-heading">The team now</h3>
      <ul className="list list--bullet">
        {active.map((t) => <li key={t.id}>{t.name}, {roleInSentence(t.role)} ({t.agency})</li>)}
      </ul>
      {notCovered.length > 0 && (
        <p className="hint">No one on the team is from: {notCovered.map((k) => AGENCY_KIND_LABELS[k].toLowerCase()).join('; ')}. Would any of them help?</p>
      )}
      <SaveStatus state={status} />
      {!open ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>Add a professional to the team</Button>
      ) : (
        <form className="panel" noValidate onSubmit={(ev) => { ev.preventDefault(); void add(); }} aria-label="Add a professional to the team">
          <TextInput path="member.name" label="Full name" value={draft.name} onChange={(v) => setDraft({ ...draft, name: v })} error={e('name')} width="half" />
          <TextInput path="member.role" label="Role" hint="For example, housing officer" value={draft.role} onChange={(v) => setDraft({ ...draft, role: v })} error={e('role')} width="half" />
          <TextInput path="member.agency" label="Service or organisation" value={draft.agency} onChange={(v) => setDraft({ ...draft, agency: v })} error={e('agency')} />
          <Select path="member.agencyKind" label="Kind of service" value={draft.agencyKind} onChange={(v) => setDraft({ ...draft, agencyKind: v as AgencyKind })} options={AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))} error={e('agencyKind')} />
          <TextArea path="member.canHelpWith" label="What their service can help with" hint="One plain sentence the family will understand." rows={2} value={draft.canHelpWith} onChange={(v) => setDraft({ ...draft, canHelpWith: v })} error={e('canHelpWith')} />
          <div className="button-group">
            <Button type="submit" disabled={busy}>Add to the team</Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      )}
    </section>
  );
}

export function RealisticPanel({ record, meeting, templates }: PanelProps) {
  const open = record.actions.filter((a) => OPEN_STATUSES.includes(a.status) && actionIsFor(a, meeting));
  const fresh = record.actions.filter((a) => a.createdInMeetingId === meeting.id);
  const byOwner = new Map<string, number>();
  for (const a of open) {
    const who = personName(record, a.ownerId, a.ownerName || 'No one named');
    byOwner.set(who, (byOwner.get(who) ?? 0) + 1);
  }
  const family = new Set(record.members.map((m) => m.id));
  const familyHolds = open.filter((a) => a.ownerId && family.has(a.ownerId)).length;
  const limit = templates.local.maxActionsBeforePrompt;
  const plan = templates.local.planName;
  return (
    <section className="panel-block" aria-labelledby="plan-size-heading">
      <h3 className="heading-m" id="plan-size-heading">The {plan} as it stands</h3>
      <p>{open.length} {open.length === 1 ? 'action' : 'actions'} in the {plan}, {fresh.length} agreed today. {familyHolds > 0 ? `The family holds ${familyHolds}.` : ''}</p>
      {open.length > limit && (
        <Notice tone="warning" title={`The ${plan} has more than ${limit} actions`}>
          <p>Local guidance says families cannot hold more than {limit}. Could some wait, be joined up, or be done by the team instead?</p>
        </Notice>
      )}
      {byOwner.size > 0 && (
        <table className="table">
          <caption className="visually-hidden">Actions by person</caption>
          <thead><tr><th scope="col">Who</th><th scope="col">Actions</th></tr></thead>
          <tbody>{[...byOwner].sort((a, b) => b[1] - a[1]).map(([who, n]) => <tr key={who}><td>{who}</td><td>{n}</td></tr>)}</tbody>
        </table>
      )}
    </section>
  );
}
