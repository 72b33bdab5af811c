// Adding or changing a family: reference, children (or an unborn baby), family members with
// their relationship and contact details, languages, and where the family likes to meet.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { navigate } from '../../router';
import { Page, Loading, Problem } from '../../ui/page';
import { Button } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput, TextArea, Select, Checkbox, Checkboxes } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import { useSubmit } from '../../ui/use-submit';
import { RELATIONSHIPS, RELATIONSHIP_LABELS, type Relationship } from '../../../core/families/schema';
import { VENUE_KINDS, VENUE_KIND_LABELS, type VenueKind } from '../../../core/meetings/venue';
import type { FamilyDetailsInput } from '../../../api/families';
import type { FamilyRecord } from '../../../core/families/record';

type ChildDraft = FamilyDetailsInput['children'][number];
type MemberDraft = FamilyDetailsInput['members'] extends (infer M)[] | undefined ? M : never;

const blankChild = (): ChildDraft => ({ firstName: '', lastName: '', knownAs: '', unborn: false, dateOfBirth: undefined, expectedDate: undefined, schoolOrSetting: '' });
const blankMember = (): MemberDraft => ({
  name: '', relationship: 'mother', relationshipDetail: '', parentalResponsibility: false, livesWithChildren: false,
  phone: '', email: '', address: '', languages: '', communicationNeeds: '', interpreterNeeded: false,
});

function fromRecord(r: FamilyRecord): FamilyDetailsInput {
  return { reference: r.reference, children: r.children, members: r.members, homeLanguages: r.homeLanguages, preferences: r.preferences };
}

const venueOptions = VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }));

export function FamilyFormPage({ familyId }: { familyId?: string }) {
  const [draft, setDraft] = useState<FamilyDetailsInput | undefined>(
    familyId ? undefined : { reference: '', children: [blankChild()], members: [blankMember()], homeLanguages: '', preferences: { preferredVenueKinds: [], preferredPlace: '', avoidVenueKinds: [], placesToAvoid: '', bestTimes: '' } },
  );
  const [loadProblem, setLoadProblem] = useState<string>();
  const { errors, message, busy, submit, hasErrors } = useSubmit();

  useEffect(() => {
    if (!familyId) return;
    void api.families.get({ familyId }).then((r) => (r.ok ? setDraft(fromRecord(r.value)) : setLoadProblem(r.error.message)));
  }, [familyId]);

  if (loadProblem) return <Page title="Change family details"><Problem message={loadProblem} /></Page>;
  if (!draft) return <Page title="Change family details"><Loading /></Page>;

  const members = draft.members ?? [];
  const prefs = draft.preferences ?? { preferredVenueKinds: [], preferredPlace: '', avoidVenueKinds: [], placesToAvoid: '', bestTimes: '' };
  const set = (patch: Partial<FamilyDetailsInput>) => setDraft({ ...draft, ...patch });
  const setChild = (i: number, patch: Partial<ChildDraft>) => set({ children: draft.children.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const setMember = (i: number, patch: Partial<MemberDraft>) => set({ members: members.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const setPrefs = (patch: Partial<typeof prefs>) => set({ preferences: { ...prefs, ...patch } });
  const e = (path: string) => errors[path] ?? errors[`details.${path}`];

  const save = async () => {
    const value = familyId
      ? await submit(() => api.families.update({ familyId, details: draft }), (p) => p.replace(/^details\./, ''))
      : await submit(() => api.families.create(draft));
    if (value) navigate(`/families/${(value as FamilyRecord).id}`);
  };

  const title = familyId ? 'Change family details' : 'Add a family';
  return (
    <Page title={title} hasErrors={hasErrors} back={{ href: familyId ? `/families/${familyId}` : '/', label: 'Back' }}>
      <ErrorSummary errors={errors} message={message} />
      <form
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void save();
        }}
      >
        <TextInput path="reference" label="Family reference" hint="Your service’s case number, or one you make up, like EH-2026-0001" value={draft.reference} onChange={(v) => set({ reference: v })} error={e('reference')} width="third" />

        <h2 className="heading-m">Children</h2>
        {e('children') && <p className="error-message">{e('children')}</p>}
        {draft.children.map((c, i) => (
          <fieldset className="fieldset repeat" key={c.id ?? `new-${i}`}>
            <legend className="legend legend--m">{c.unborn ? 'Expected baby' : `Child ${i + 1}`}{c.firstName ? `: ${c.firstName}` : ''}</legend>
            <Checkbox path={`children.${i}.unborn`} label="This baby is not born yet" checked={!!c.unborn} onChange={(v) => setChild(i, { unborn: v })} />
            <TextInput path={`children.${i}.firstName`} label={c.unborn ? 'First name, if chosen (optional)' : 'First name'} value={c.firstName ?? ''} onChange={(v) => setChild(i, { firstName: v })} error={e(`children.${i}.firstName`)} width="half" />
            <TextInput path={`children.${i}.lastName`} label="Last name (optional)" value={c.lastName ?? ''} onChange={(v) => setChild(i, { lastName: v })} error={e(`children.${i}.lastName`)} width="half" />
            {!c.unborn && <TextInput path={`children.${i}.knownAs`} label="Known as (optional)" hint="The name the child likes to be called" value={c.knownAs ?? ''} onChange={(v) => setChild(i, { knownAs: v })} width="half" />}
            {c.unborn ? (
              <DateInput path={`children.${i}.expectedDate`} label="Expected date" hint="For example, 14 2 2027" value={c.expectedDate} onChange={(v) => setChild(i, { expectedDate: v || undefined })} error={e(`children.${i}.expectedDate`)} />
            ) : (
              <>
                <DateInput path={`children.${i}.dateOfBirth`} label="Date of birth" hint="For example, 27 3 2018" value={c.dateOfBirth} onChange={(v) => setChild(i, { dateOfBirth: v || undefined })} error={e(`children.${i}.dateOfBirth`)} />
                <TextInput path={`children.${i}.schoolOrSetting`} label="School, nursery or setting (optional)" value={c.schoolOrSetting ?? ''} onChange={(v) => setChild(i, { schoolOrSetting: v })} error={e(`children.${i}.schoolOrSetting`)} />
              </>
            )}
            {draft.children.length > 1 && (
              <Button variant="secondary" onClick={() => set({ children: draft.children.filter((_, j) => j !== i) })}>
                Remove {c.firstName || (c.unborn ? 'expected baby' : `child ${i + 1}`)}
              </Button>
            )}
          </fieldset>
        ))}
        <div className="button-group">
          <Button variant="secondary" onClick={() => set({ children: [...draft.children, blankChild()] })}>Add another child</Button>
          <Button variant="secondary" onClick={() => set({ children: [...draft.children, { ...blankChild(), unborn: true }] })}>Add an expected baby</Button>
        </div>

        <h2 className="heading-m">Family members</h2>
        <p className="hint">Parents, carers and anyone else important to the children — grandparents, older brothers and sisters, neighbours.</p>
        {e('members') && <p className="error-message">{e('members')}</p>}
        {members.map((m, i) => (
          <fieldset className="fieldset repeat" key={m.id ?? `new-${i}`}>
            <legend className="legend legend--m">{m.name || `Family member ${i + 1}`}</legend>
            <TextInput path={`members.${i}.name`} label="Full name" value={m.name} onChange={(v) => setMember(i, { name: v })} error={e(`members.${i}.name`)} width="half" />
            <Select path={`members.${i}.relationship`} label="Relationship to the children" value={m.relationship} onChange={(v) => setMember(i, { relationship: v as Relationship })} options={RELATIONSHIPS.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }))} error={e(`members.${i}.relationship`)} />
            <TextInput path={`members.${i}.relationshipDetail`} label="In their words (optional)" hint="For example, Nan, or Mum’s neighbour who does the school run" value={m.relationshipDetail ?? ''} onChange={(v) => setMember(i, { relationshipDetail: v })} width="half" />
            <Checkbox path={`members.${i}.parentalResponsibility`} label="Has parental responsibility" checked={!!m.parentalResponsibility} onChange={(v) => setMember(i, { parentalResponsibility: v })} />
            <Checkbox path={`members.${i}.livesWithChildren`} label="Lives with the children" checked={!!m.livesWithChildren} onChange={(v) => setMember(i, { livesWithChildren: v })} />
            <TextInput path={`members.${i}.phone`} type="tel" label="Phone (optional)" value={m.phone ?? ''} onChange={(v) => setMember(i, { phone: v })} error={e(`members.${i}.phone`)} width="third" />
            <TextInput path={`members.${i}.email`} type="email" label="Email (optional)" value={m.email ?? ''} onChange={(v) => setMember(i, { email: v })} error={e(`members.${i}.email`)} width="half" />
            <TextArea path={`members.${i}.address`} label="Address (optional)" rows={3} value={m.address ?? ''} onChange={(v) => setMember(i, { address: v })} />
            <TextInput path={`members.${i}.languages`} label="Languages they speak (optional)" value={m.languages ?? ''} onChange={(v) => setMember(i, { languages: v })} width="half" />
            <Checkbox path={`members.${i}.interpreterNeeded`} label="Needs an interpreter" checked={!!m.interpreterNeeded} onChange={(v) => setMember(i, { interpreterNeeded: v })} />
            <TextArea path={`members.${i}.communicationNeeds`} label="Communication needs (optional)" hint="For example, hard of hearing, prefers texts, needs documents read through" rows={2} value={m.communicationNeeds ?? ''} onChange={(v) => setMember(i, { communicationNeeds: v })} />
            <Button variant="secondary" onClick={() => set({ members: members.filter((_, j) => j !== i) })}>Remove {m.name || `family member ${i + 1}`}</Button>
          </fieldset>
        ))}
        <div className="button-group">
          <Button variant="secondary" onClick={() => set({ members: [...members, blankMember()] })}>Add a family member</Button>
        </div>

        <h2 className="heading-m">Languages and meetings</h2>
        <TextInput path="homeLanguages" label="Languages spoken at home (optional)" value={draft.homeLanguages ?? ''} onChange={(v) => set({ homeLanguages: v })} width="half" />
        <Checkboxes path="preferences.preferredVenueKinds" label="Where does the family like to meet?" hint="Select all that apply" values={prefs.preferredVenueKinds ?? []} onChange={(v) => setPrefs({ preferredVenueKinds: v as VenueKind[] })} options={venueOptions} />
        <TextInput path="preferences.preferredPlace" label="A place they would like to meet (optional)" value={prefs.preferredPlace ?? ''} onChange={(v) => setPrefs({ preferredPlace: v })} />
        <Checkboxes path="preferences.avoidVenueKinds" label="Are there kinds of place they would rather not meet?" hint="Some parents find school hard to walk into. Select all that apply." values={prefs.avoidVenueKinds ?? []} onChange={(v) => setPrefs({ avoidVenueKinds: v as VenueKind[] })} options={venueOptions} />
        <TextInput path="preferences.placesToAvoid" label="Any place to avoid, in their words (optional)" value={prefs.placesToAvoid ?? ''} onChange={(v) => setPrefs({ placesToAvoid: v })} />
        <TextInput path="preferences.bestTimes" label="Best times to meet (optional)" value={prefs.bestTimes ?? ''} onChange={(v) => setPrefs({ bestTimes: v })} />

        <div className="button-group">
          <Button type="submit" disabled={busy}>{familyId ? 'Save changes' : 'Save family'}</Button>
          <a className="link" href={familyId ? `#/families/${familyId}` : '#/'}>Cancel</a>
        </div>
      </form>
    </Page>
  );
}
