// Opening support for a child: when and by whom, the lead professional (and whether the family
// agreed), and the consent to share information.
import { useState } from 'react';
import { api } from '../../api-client';
import { navigate, queryParam } from '../../router';
import { Page, Loading, Problem } from '../../ui/page';
import { Button, Notice } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput, TextArea, Radios, Select } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import { useSubmit } from '../../ui/use-submit';
import { useFamily } from '../families/use-family';
import { ConsentFields, blankConsent, type ConsentDraft } from './consent-fields';
import { childDisplayName } from '../../../core/families/schema';
import { FAMILY_AGREED, FAMILY_AGREED_LABELS } from '../../../core/episodes/schema';
import { openEpisodeFor } from '../../../core/episodes/rules';
import { appToday } from '../../clock';

export function OpenSupportPage({ familyId, path }: { familyId: string; path: string }) {
  const { record, problem } = useFamily(familyId);
  const today = appToday();
  const [childId, setChildId] = useState(queryParam(path, 'child') ?? '');
  const [openedOn, setOpenedOn] = useState(today);
  const [startedBy, setStartedBy] = useState('');
  const [reason, setReason] = useState('');
  const [leadId, setLeadId] = useState('');
  const [agreed, setAgreed] = useState<(typeof FAMILY_AGREED)[number]>('yes');
  const [consent, setConsent] = useState<ConsentDraft>(blankConsent(today));
  const { errors, message, busy, submit, hasErrors } = useSubmit();

  const title = 'Open support for a child';
  if (problem) return <Page title={title}><Problem message={problem} /></Page>;
  if (!record) return <Page title={title}><Loading /></Page>;
  const team = record.team.filter((t) => t.active);
  const available = record.children.filter((c) => !openEpisodeFor(record, c.id));

  const save = async () => {
    const value = await submit(() =>
      api.episodes.open({ familyId, childId, openedOn, startedBy, reason, leadProfessionalId: leadId, familyAgreedToLead: agreed, consent }),
    );
    if (value) navigate(`/families/${familyId}`);
  };

  return (
    <Page title={title} caption={`Family ${record.reference}`} hasErrors={hasErrors} back={{ href: `/families/${familyId}`, label: 'Back to the family' }}>
      <ErrorSummary errors={errors} message={message} />
      {team.length === 0 && (
        <Notice tone="warning" title="Add the team first">
          <p>Support needs a lead professional from the team. <a href={`#/families/${familyId}/team/new`}>Add a professional</a> first.</p>
        </Notice>
      )}
      {available.length === 0 ? (
        <p>Every child in this family already has support open. Each child can have one open episode of support at a time.</p>
      ) : (
        <form noValidate onSubmit={(ev) => { ev.preventDefault(); void save(); }}>
          <Radios path="childId" label="Which child is this support for?" hint="Brothers and sisters each have their own support and plan, and can be discussed in one meeting." value={childId} onChange={setChildId} options={available.map((c) => ({ value: c.id, label: childDisplayName(c) + (c.unborn ? ' (not born yet)' : '') }))} error={errors.childId} />
          <DateInput path="openedOn" label="Date support started" value={openedOn} onChange={setOpenedOn} error={errors.openedOn} />
          <TextInput path="startedBy" label="Who started this support?" hint="For example, the school, the health visitor, or the family asked for help" value={startedBy} onChange={setStartedBy} error={errors.startedBy} />
          <TextArea path="reason" label="Why is support being offered? (optional)" hint="What the family and the team are worried about" value={reason} onChange={setReason} error={errors.reason} />
          <Select path="leadProfessionalId" label="Lead professional" hint="The family’s main contact between meetings" value={leadId} onChange={setLeadId} placeholder="Choose someone from the team" options={team.map((t) => ({ value: t.id, label: `${t.name}, ${t.role} (${t.agency})` }))} error={errors.leadProfessionalId} />
          <Radios path="familyAgreedToLead" label="Did the family agree to this lead professional?" inline value={agreed} onChange={(v) => setAgreed(v as typeof agreed)} options={FAMILY_AGREED.map((a) => ({ value: a, label: FAMILY_AGREED_LABELS[a] }))} error={errors.familyAgreedToLead} />
          <h2 className="heading-m">Consent to share information</h2>
          <ConsentFields record={record} draft={consent} onChange={setConsent} errors={errors} prefix="consent" />
          <div className="button-group">
            <Button type="submit" disabled={busy}>Open support</Button>
            <a className="link" href={`#/families/${familyId}`}>Cancel</a>
          </div>
        </form>
      )}
    </Page>
  );
}
