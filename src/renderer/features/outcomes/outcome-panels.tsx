// The outcomes items: under "Is this better for you?", every agreed outcome with this meeting's
// rating so far and a way to agree a new one; under each outcome's own item, its rating form.
import { useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice, Tag } from '../../ui/bits';
import { Select, TextArea } from '../../ui/fields';
import type { PanelProps } from '../meeting-run/panel';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import { RatingForm } from './rating-form';
import { outcomesToRate } from '../../../core/outcomes/ratings';
import { OUTCOME_AREAS } from '../../../core/episodes/schema';
import { CHANGE_LABELS } from '../../../core/outcomes/schema';
import { checkOutcome } from '../../../core/plain-language';
import { childDisplayName } from '../../../core/families/schema';
import { personName } from '../../../core/families/people';
import { endSentence } from '../../../core/shared/wording';

const AREA_LABELS: Record<(typeof OUTCOME_AREAS)[number], string> = {
  health: 'Health',
  safety: 'Staying safe',
  learning: 'Learning and school',
  'feelings-and-behaviour': 'Feelings and behaviour',
  'family-and-home': 'Family and home',
  'money-and-work': 'Money and work',
  other: 'Something else',
};

export function OutcomeReviewPanel({ record, meeting, item, onRecord }: PanelProps) {
  const entry = outcomesToRate(record, meeting).find((o) => o.outcome.id === item.outcomeId);
  if (!entry) return <p className="panel-block muted">This outcome is no longer in the plan.</p>;
  const linked = record.actions.filter((a) => a.outcomeId === entry.outcome.id);
  const done = linked.filter((a) => a.status === 'done').length;
  return (
    <section className="panel-block" aria-labelledby="rate-heading">
      <h3 className="heading-m" id="rate-heading">For {personName(record, entry.childId)}</h3>
      {linked.length > 0 && <p className="hint">{done} of {linked.length} {linked.length === 1 ? 'action' : 'actions'} for this are done. Ask about how things are, not only about the actions.</p>}
      <RatingForm record={record} meeting={meeting} outcome={entry.outcome} last={entry.last} lastDate={entry.lastDate} onRecord={onRecord} />
    </section>
  );
}

function NewOutcome({ record, meeting, onRecord, startOpen }: PanelProps & { startOpen: boolean }) {
  const episodes = record.episodes.filter((e) => meeting.childIds.includes(e.childId) && !e.closedOn);
  const [open, setOpen] = useState(startOpen);
  const [episodeId, setEpisodeId] = useState(episodes[0]?.id ?? '');
  const [text, setText] = useState('');
  const [area, setArea] = useState<(typeof OUTCOME_AREAS)[number]>('other');
  const { save, status, errors, busy } = usePanelSave(onRecord);
  if (episodes.length === 0) return <p className="hint">Open support for a child first, then agree outcomes for them.</p>;
  const findings = checkOutcome(text);
  const child = record.children.find((c) => c.id === episodes.find((e) => e.id === episodeId)?.childId);
  const submit = async () => {
    const value = await save(
      () => api.outcomes.save({ familyId: record.id, episodeId, outcome: { text, area, agreedOn: meeting.date, active: true } }),
      endSentence(`Agreed: ${text.trim()}`),
    );
    if (value) setText('');
  };
  if (!open) return <><SaveStatus state={status} /><Button variant="secondary" onClick={() => setOpen(true)}>Agree a new outcome</Button></>;
  return (
    <form className="panel" noValidate aria-labelledby="new-outcome-heading" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h4 className="heading-s" id="new-outcome-heading">Agree a new outcome</h4>
      {episodes.length > 1 && (
        <Select path="outcome.episodeId" label="Who is it for?" value={episodeId} onChange={setEpisodeId} options={episodes.map((e) => ({ value: e.id, label: personName(record, e.childId) }))} />
      )}
      <TextArea
        path="outcome.text"
        label={`What will be different for ${child ? childDisplayName(child) : 'the child'}?`}
        hint="Say what will change for the child, not what a service will do. For example: Jay gets to school calm and on time most days."
        rows={2}
        value={text}
        onChange={setText}
        error={errors['outcome.text']}
      />
      {findings.length > 0 && (
        <Notice tone="warning" title="This reads like something someone will do">
          <p>{findings[0].message}</p>
          <p>Words to look at: {findings.map((f) => `“${f.text}”`).join(', ')}.</p>
        </Notice>
      )}
      <Select path="outcome.area" label="Which part of life is it about?" value={area} onChange={(v) => setArea(v as typeof area)} options={OUTCOME_AREAS.map((a) => ({ value: a, label: AREA_LABELS[a] }))} />
      <div className="button-group">
        <Button type="submit" disabled={busy}>Agree this outcome</Button>
        {!startOpen && <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>}
      </div>
      <SaveStatus state={status} />
    </form>
  );
}

export function OutcomesPanel(props: PanelProps) {
  const { record, meeting, onRecord, goTo } = props;
  const list = outcomesToRate(record, meeting);
  return (
    <section className="panel-block" aria-labelledby="outcomes-heading">
      <h3 className="heading-m" id="outcomes-heading">What we want to be different</h3>
      {list.length === 0 ? (
        <p>No outcomes agreed yet. Agree what should be different for each child, then rate where things are now.</p>
      ) : (
        <ul className="list outcome-list">
          {list.map((o) => {
            const rating = meeting.outcomeRatings.find((r) => r.outcomeId === o.outcome.id);
            const item = meeting.agenda.find((i) => i.outcomeId === o.outcome.id);
            return (
              <li key={o.outcome.id} className="card">
                <p className="card__title">{item && goTo ? <Button variant="link" onClick={() => goTo(item.id)}>{o.outcome.text}</Button> : o.outcome.text}</p>
                <p className="muted">For {personName(record, o.childId)}.{' '}
                  {rating
                    ? <>This time: family {rating.familyScore ?? '–'}, team {rating.teamScore ?? '–'}{rating.change ? `, ${CHANGE_LABELS[rating.change].toLowerCase()}` : ''}.</>
                    : <Tag>Not rated yet</Tag>}
                </p>
                {!item && (
                  <details className="rate-inline">
                    <summary>Rate where things are now<span className="visually-hidden">: {o.outcome.text}</span></summary>
                    <RatingForm record={record} meeting={meeting} outcome={o.outcome} last={o.last} lastDate={o.lastDate} onRecord={onRecord} idPrefix={`rating-${o.outcome.id}`} />
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <NewOutcome {...props} startOpen={meeting.kind === 'first' && list.length === 0} />
    </section>
  );
}
