// Rating one outcome: "is this better for you?", the family's and the team's 0–10 and the family's own
// words, with last time's rating beside it — kept apart from whether the actions were done.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import { Radios, TextArea } from '../../ui/fields';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';
import type { Outcome } from '../../../core/episodes/schema';
import { CHANGE, CHANGE_LABELS, type OutcomeRating } from '../../../core/outcomes/schema';
import { ratingChange } from '../../../core/outcomes/ratings';
import { formatDate } from '../../../core/shared/dates';

const SCALE = Array.from({ length: 11 }, (_, i) => String(i));

interface Draft { familyScore: string; teamScore: string; change: string; familyWords: string }

function toDraft(r?: OutcomeRating): Draft {
  return {
    familyScore: r?.familyScore === undefined ? '' : String(r.familyScore),
    teamScore: r?.teamScore === undefined ? '' : String(r.teamScore),
    change: r?.change ?? '',
    familyWords: r?.familyWords ?? '',
  };
}

export function lastTimeLine(last: OutcomeRating | undefined, lastDate: string | undefined): string {
  if (!last) return 'Not rated before: this score is where things are now.';
  const scores = [
    last.familyScore !== undefined ? `the family gave ${last.familyScore} out of 10` : '',
    last.teamScore !== undefined ? `the team gave ${last.teamScore} out of 10` : '',
  ].filter(Boolean).join(' and ');
  return `Last time${lastDate ? ` (${formatDate(lastDate)})` : ''}: ${scores || 'no scores were given'}.${last.familyWords ? ` The family said: “${last.familyWords}”` : ''}`;
}

export function RatingForm({ record, meeting, outcome, last, lastDate, onRecord, idPrefix = 'rating' }: {
  record: FamilyRecord;
  meeting: Meeting;
  outcome: Outcome;
  last?: OutcomeRating;
  lastDate?: string;
  onRecord: (r: FamilyRecord) => void;
  idPrefix?: string;
}) {
  const existing = meeting.outcomeRatings.find((r) => r.outcomeId === outcome.id);
  const [draft, setDraft] = useState<Draft>(toDraft(existing));
  const signature = JSON.stringify(existing ?? null);
  useEffect(() => setDraft(toDraft(existing)), [signature, outcome.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const { save, status, errors, busy } = usePanelSave(onRecord);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const lastFamily = last?.familyScore !== undefined ? ` Last time: ${last.familyScore}.` : '';
  const lastTeam = last?.teamScore !== undefined ? ` Last time: ${last.teamScore}.` : '';

  const submit = async () => {
    const rating: OutcomeRating = {
      outcomeId: outcome.id,
      ...(draft.familyScore ? { familyScore: Number(draft.familyScore) } : {}),
      ...(draft.teamScore ? { teamScore: Number(draft.teamScore) } : {}),
      ...(draft.change ? { change: draft.change as OutcomeRating['change'] } : {}),
      familyWords: draft.familyWords,
    };
    await save(() => api.outcomes.rate({ familyId: record.id, meetingId: meeting.id, rating }), 'Saved the rating.');
  };
  const change = existing ? ratingChange(existing, last) : undefined;
  const p = (f: string) => `${idPrefix}.${f}`;

  return (
    <form noValidate className="rating-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <p className="rating-form__last">{lastTimeLine(last, lastDate)}</p>
      <Radios
        path={p('change')}
        label="Is this better for you?"
        hint="Ask the family. This is about how things are for them, not whether the actions were done."
        value={draft.change}
        inline
        onChange={(v) => set({ change: v })}
        options={CHANGE.map((c) => ({ value: c, label: CHANGE_LABELS[c] }))}
      />
      <Radios
        path={p('familyScore')}
        label="The family’s score"
        hint={`0 means as bad as it could be, 10 means as good as it could be.${lastFamily}`}
        value={draft.familyScore}
        inline
        small
        error={errors['rating.familyScore']}
        onChange={(v) => set({ familyScore: v })}
        options={[...SCALE.map((n) => ({ value: n, label: n })), { value: '', label: 'Not given' }]}
      />
      <Radios
        path={p('teamScore')}
        label="The team’s score"
        hint={`Agree one score for the team.${lastTeam}`}
        value={draft.teamScore}
        inline
        small
        error={errors['rating.teamScore']}
        onChange={(v) => set({ teamScore: v })}
        options={[...SCALE.map((n) => ({ value: n, label: n })), { value: '', label: 'Not given' }]}
      />
      <TextArea path={p('familyWords')} label="What has changed, in the family’s own words" hint="Write what they say. Do not tidy it up." rows={2} value={draft.familyWords} onChange={(v) => set({ familyWords: v })} />
      <div className="button-group">
        <Button type="submit" disabled={busy}>Save the rating</Button>
      </div>
      <SaveStatus state={status} />
      {change && (
        <Notice tone={change.viewsDiffer ? 'warning' : 'info'} title={change.viewsDiffer ? 'The family and the team see this differently' : undefined}>
          <p>{change.summary}</p>
          {change.viewsDiffer && <p>Write down both views. Ask what would make the scores closer.</p>}
        </Notice>
      )}
    </form>
  );
}
