// In the closing check: each note whose words may suggest harm with no concern recorded for it, with a
// link back to the note and a short reason why no concern was raised, kept as soon as the chair leaves the field.
import { useState } from 'react';
import { api } from '../../api-client';
import { Button } from '../../ui/bits';
import { TextInput } from '../../ui/fields';
import { usePanelSave, SaveStatus } from '../meeting-run/use-panel-save';
import { fit } from '../../../core/agenda/build';
import type { FamilyRecord } from '../../../core/families/record';
import type { Meeting } from '../../../core/meetings/schema';

export function HarmReasons({ record, meeting, onRecord, goTo }: {
  record: FamilyRecord;
  meeting: Meeting;
  onRecord: (r: FamilyRecord) => void;
  goTo?: (itemId: string) => void;
}) {
  const raised = new Set((meeting.concerns ?? []).map((c) => c.noteId));
  const missing = meeting.notes.filter((n) => n.harmFlagged && !raised.has(n.id));
  const saved = Object.fromEntries((meeting.noConcernReasons ?? []).map((r) => [r.noteId, r.reason]));
  const [typed, setTyped] = useState<Record<string, string>>(saved);
  const { save, status, errors } = usePanelSave(onRecord);
  if (missing.length === 0) return null;
  const keep = (noteId: string) => {
    const reason = (typed[noteId] ?? '').trim();
    if (reason === (saved[noteId] ?? '')) return;
    void save(() => api.notes.saveNoConcernReason({ familyId: record.id, meetingId: meeting.id, noteId, reason }), reason ? 'Saved: why no concern was raised.' : 'Saved: the reason was taken out.', (v) => v.record);
  };
  return (
    <fieldset className="fieldset panel harm-reasons">
      <legend className="legend">{missing.length === 1 ? 'A note may suggest harm' : 'Notes that may suggest harm'}</legend>
      <p className="hint">Record that a concern was raised (at the note), or say why not. The reason is kept in the meeting record, never in the family’s plan.</p>
      {missing.map((n) => (
        <div key={n.id} className="harm-reasons__note" onBlur={() => keep(n.id)}>
          <p>“{fit(n.text, 120) || 'A note with no words yet'}”</p>
          {goTo && <Button variant="link" onClick={() => goTo(n.agendaItemId)}>Go to the note to record a concern</Button>}
          <TextInput
            path={`noConcernReason.${n.id}`}
            label="Why was no concern raised?"
            hint="For example: bruises from a football match, seen by the school nurse."
            value={typed[n.id] ?? ''}
            onChange={(v) => setTyped((t) => ({ ...t, [n.id]: v }))}
            error={errors.reason}
          />
        </div>
      ))}
      <SaveStatus state={status} />
    </fieldset>
  );
}
