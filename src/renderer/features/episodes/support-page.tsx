// One child's support: when and why it started, the lead professional over time (who, from
// when, why it changed, whether the family agreed), the consent history, and ending support.
import { useState } from 'react';
import { api } from '../../api-client';
import { queryParam } from '../../router';
import { Page, Loading, Problem } from '../../ui/page';
import { Button, LinkButton, Notice, SummaryList, Tag, MultiLine } from '../../ui/bits';
import { ErrorSummary } from '../../ui/error-summary';
import { Checkbox, TextInput, TextArea, Radios, Select } from '../../ui/fields';
import { DateInput } from '../../ui/date-input';
import { useSubmit } from '../../ui/use-submit';
import { useFamily } from '../families/use-family';
import { ConsentFields, blankConsent, type ConsentDraft } from './consent-fields';
import { ClosingSummarySection } from '../documents/closing-summary-section';
import { formatDate } from '../../../core/shared/dates';
import { personName } from '../../../core/families/people';
import {
  CLOSURE_REASONS, CLOSURE_REASON_LABELS, CONSENT_GIVER_LABELS, FAMILY_AGREED, FAMILY_AGREED_LABELS, currentConsent,
} from '../../../core/episodes/schema';
import { appToday } from '../../clock';

type Mode = 'view' | 'lead' | 'consent' | 'close';

export function SupportPage({ familyId, episodeId, path }: { familyId: string; episodeId: string; path: string }) {
  const { record, setRecord, problem } = useFamily(familyId);
  const today = appToday();
  const [mode, setMode] = useState<Mode>((queryParam(path, 'do') as Mode) ?? 'view');
  const [lead, setLead] = useState({ teamMemberId: '', from: today, reason: '', familyAgreed: 'yes' as (typeof FAMILY_AGREED)[number] });
  const [consent, setConsent] = useState<ConsentDraft>(blankConsent(today));
  const [close, setClose] = useState({ closedOn: today, closureReason: '' as string, closureNote: '', evenThoughMeetingUnderWay: false });
  const { errors, message, busy, submit, hasErrors, setErrors, setMessage } = useSubmit();

  if (problem) return <Page title="Support"><Problem message={problem} /></Page>;
  if (!record) return <Page title="Support"><Loading /></Page>;
  const episode = record.episodes.find((e) => e.id === episodeId);
  if (!episode) return <Page title="Support"><Problem message="We could not find that support record." /></Page>;
  const child = personName(record, episode.childId);
  const inForce = currentConsent(episode);
  const underWay = record.meetings.find((m) => m.status === 'in-progress' && m.childIds.includes(episode.childId));
  const switchTo = (m: Mode) => { setErrors({}); setMessage(undefined); setMode(m); };

  const done = (value: unknown) => {
    if (value) {
      setRecord(value as typeof record);
      switchTo('view');
    }
  };

  return (
    <Page title={`Support for ${child}`} windowTitle={`Support, family ${record.reference}`} caption={`Family ${record.reference}`} hasErrors={hasErrors} back={{ href: `/families/${familyId}`, label: 'Back to the family' }}>
      <ErrorSummary errors={errors} message={message} />
      <SummaryList
        rows={[
          { key: 'Status', value: episode.closedOn ? <Tag>Ended {formatDate(episode.closedOn)}</Tag> : <Tag tone="green">Open</Tag> },
          { key: 'Started', value: formatDate(episode.openedOn) },
          { key: 'Started by', value: episode.startedBy },
          { key: 'Why', value: episode.reason ? <MultiLine text={episode.reason} /> : '' },
          ...(episode.closedOn
            ? [{ key: 'Why it ended', value: `${CLOSURE_REASON_LABELS[episode.closureReason!]}${episode.closureNote ? `. ${episode.closureNote}` : ''}` }]
            : []),
          ...(episode.followsEpisodeId ? [{ key: 'Follows', value: <a href={`#/families/${familyId}/support/${episode.followsEpisodeId}`}>Earlier support for {child}</a> }] : []),
        ]}
      />

      <section className="section" aria-labelledby="lead-heading">
        <h2 className="heading-m" id="lead-heading">Lead professional</h2>
        <table className="table">
          <caption className="visually-hidden">Lead professionals over time</caption>
          <thead><tr><th scope="col">Who</th><th scope="col">From</th><th scope="col">Why</th><th scope="col">Family agreed</th></tr></thead>
          <tbody>
            {episode.leadProfessionals.map((p, i) => (
              <tr key={i}>
                <td>{personName(record, p.teamMemberId)}</td>
                <td>{formatDate(p.from)}</td>
                <td>{p.reason}</td>
                <td>{FAMILY_AGREED_LABELS[p.familyAgreed]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!episode.closedOn && mode !== 'lead' && <Button variant="secondary" onClick={() => switchTo('lead')}>Change the lead professional</Button>}
        {mode === 'lead' && (
          <form noValidate className="panel" onSubmit={(ev) => { ev.preventDefault(); void submit(() => api.episodes.changeLead({ familyId, episodeId, period: lead })).then(done); }}>
            <h3 className="heading-s">New lead professional</h3>
            <Select path="period.teamMemberId" label="Who is the new lead professional?" value={lead.teamMemberId} placeholder="Choose someone from the team" onChange={(v) => setLead({ ...lead, teamMemberId: v })} options={record.team.filter((t) => t.active).map((t) => ({ value: t.id, label: `${t.name}, ${t.role} (${t.agency})` }))} error={errors['period.teamMemberId']} />
            <DateInput path="period.from" label="From" value={lead.from} onChange={(v) => setLead({ ...lead, from: v })} error={errors['period.from']} />
            <TextInput path="period.reason" label="Why is it changing?" value={lead.reason} onChange={(v) => setLead({ ...lead, reason: v })} error={errors['period.reason']} />
            <Radios path="period.familyAgreed" label="Did the family agree?" inline value={lead.familyAgreed} onChange={(v) => setLead({ ...lead, familyAgreed: v as typeof lead.familyAgreed })} options={FAMILY_AGREED.map((a) => ({ value: a, label: FAMILY_AGREED_LABELS[a] }))} />
            <div className="button-group">
              <Button type="submit" disabled={busy}>Save the change</Button>
              <Button variant="secondary" onClick={() => switchTo('view')}>Cancel</Button>
            </div>
          </form>
        )}
      </section>

      <section className="section" aria-labelledby="consent-heading">
        <h2 className="heading-m" id="consent-heading">Consent to share information</h2>
        {episode.consents.map((c) => (
          <div key={c.id} className={`card${c === inForce ? ' card--current' : ''}`}>
            <p className="card__title">{c === inForce ? 'In force' : c.withdrawnOn ? `Withdrawn ${formatDate(c.withdrawnOn)}` : 'Earlier consent'}</p>
            <SummaryList
              rows={[
                { key: 'Given by', value: `${c.givenByName} (${CONSENT_GIVER_LABELS[c.givenBy].toLowerCase()})` },
                { key: 'How', value: `${c.form === 'written' ? 'Written' : 'Verbal'}, ${formatDate(c.date)}` },
                { key: 'What can be shared', value: <MultiLine text={c.scope} /> },
                { key: 'Not to be told', value: c.excludedAgencies.join(', ') || 'No one left out' },
                ...(c.notes ? [{ key: 'Notes', value: <MultiLine text={c.notes} /> }] : []),
              ]}
            />
          </div>
        ))}
        {!episode.closedOn && mode !== 'consent' && <Button variant="secondary" onClick={() => switchTo('consent')}>Record new consent</Button>}
        {mode === 'consent' && (
          <form noValidate className="panel" onSubmit={(ev) => { ev.preventDefault(); void submit(() => api.episodes.saveConsent({ familyId, episodeId, consent })).then(done); }}>
            <h3 className="heading-s">New consent</h3>
            <p className="hint">The newest consent replaces the one before it. The earlier one is kept in the history.</p>
            <ConsentFields record={record} draft={consent} onChange={setConsent} errors={errors} prefix="consent" />
            <div className="button-group">
              <Button type="submit" disabled={busy}>Save consent</Button>
              <Button variant="secondary" onClick={() => switchTo('view')}>Cancel</Button>
            </div>
          </form>
        )}
      </section>

      <section className="section" aria-labelledby="end-heading">
        <h2 className="heading-m" id="end-heading">{episode.closedOn ? 'Support has ended' : 'End support'}</h2>
        {episode.closedOn ? (
          <>
            <p>If {child} needs help again, open new support. It will be linked to this one so nobody has to tell their story again.</p>
            <LinkButton variant="secondary" href={`/families/${familyId}/support/new?child=${episode.childId}`}>Open new support for {child}</LinkButton>
          </>
        ) : mode !== 'close' ? (
          <Button variant="secondary" onClick={() => switchTo('close')}>End support for {child}</Button>
        ) : (
          <form noValidate className="panel" onSubmit={(ev) => { ev.preventDefault(); void submit(() => api.episodes.close({ familyId, episodeId, closedOn: close.closedOn, closureReason: close.closureReason as (typeof CLOSURE_REASONS)[number], closureNote: close.closureNote, ...(underWay ? { evenThoughMeetingUnderWay: close.evenThoughMeetingUnderWay } : {}) })).then(done); }}>
            {underWay && (
              <Notice tone="warning" title="A meeting about this child is under way">
                <p>The meeting on {formatDate(underWay.date)} has started and is not finished. Finish it first if you can: ending support now leaves it half done.</p>
                <p><LinkButton variant="secondary" href={`/families/${familyId}/meetings/${underWay.id}/run`}>Go to the meeting</LinkButton></p>
                <Checkbox path="evenThoughMeetingUnderWay" label="I still want to end support now" checked={close.evenThoughMeetingUnderWay} onChange={(v) => setClose({ ...close, evenThoughMeetingUnderWay: v })} />
                {errors.evenThoughMeetingUnderWay && <p className="error-message">{errors.evenThoughMeetingUnderWay}</p>}
              </Notice>
            )}
            <DateInput path="closedOn" label="Date support ended" value={close.closedOn} onChange={(v) => setClose({ ...close, closedOn: v })} error={errors.closedOn} />
            <Radios path="closureReason" label="Why is support ending?" value={close.closureReason} onChange={(v) => setClose({ ...close, closureReason: v })} options={CLOSURE_REASONS.map((r) => ({ value: r, label: CLOSURE_REASON_LABELS[r] }))} error={errors.closureReason} />
            <TextArea path="closureNote" label="Anything else (optional)" rows={3} value={close.closureNote} onChange={(v) => setClose({ ...close, closureNote: v })} />
            <div className="button-group">
              <Button type="submit" variant="warning" disabled={busy}>End support</Button>
              <Button variant="secondary" onClick={() => switchTo('view')}>Cancel</Button>
            </div>
          </form>
        )}
      </section>
      {mode === 'view' && <ClosingSummarySection record={record} episode={episode} />}
      {mode === 'view' && !episode.closedOn && <p className="hint">Changes here are kept with the date they were made.</p>}
    </Page>
  );
}
