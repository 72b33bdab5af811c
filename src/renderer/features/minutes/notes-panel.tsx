// The minutes under one agenda item: every entry with its time, and buttons to add a note, a
// decision, differing views or information not shared. Entries save themselves as they are typed.
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { PanelProps } from '../meeting-run/panel';
import { api } from '../../api-client';
import { acronymsDefinedIn } from '../../../core/plain-language';
import type { NoteKind } from '../../../core/minutes/schema';
import { useCompiledGlossary } from '../plain-language/use-glossary';
import { holidaysFrom, leadProfessionalFor } from '../actions/action-context';
import { addWorkingDays } from '../../../core/dates/working-days';
import { minutesStore } from './minutes-store';
import { defaultKind, speakersFor } from './speakers';
import { NoteEditor } from './note-editor';
import type { FollowUpContext } from './not-shared';
import { compileHarmList } from '../../../core/safeguarding';
import type { ConcernContext } from './safeguarding-prompt';

/** A follow-up to seek information is due a week of working days after the meeting (it can be changed in the plan). */
const FOLLOW_UP_WORKING_DAYS = 5;

const ADD: { kind: NoteKind | 'default'; label: string }[] = [
  { kind: 'default', label: 'Add a note' },
  { kind: 'decision', label: 'Add a decision' },
  { kind: 'differing-views', label: 'Add differing views' },
  { kind: 'info-not-shared', label: 'Add information not shared' },
];

export function NotesPanel({ record, meeting, item, templates, onRecord }: PanelProps) {
  const store = minutesStore(record.id, meeting.id);
  store.bind(record, onRecord);
  useSyncExternalStore(store.subscribeList, store.getVersion);
  const [focusId, setFocusId] = useState<string>();
  const glossary = useCompiledGlossary(templates.glossary);
  const speakers = useMemo(() => speakersFor(record, meeting), [record, meeting]);

  // Acronyms spelled out in this meeting's saved minutes need not be spelled out again.
  const alreadyDefined = useMemo(
    () => (glossary ? acronymsDefinedIn(meeting.notes.filter((n) => !n.ownWords).map((n) => n.text).join('\n\n'), glossary) : []),
    [meeting.notes, glossary],
  );

  const followUp = useMemo<FollowUpContext>(() => {
    const lead = leadProfessionalFor(record, meeting);
    const teamOwner = (id: string | undefined) => {
      const t = record.team.find((p) => p.id === id && p.active);
      return t ? { ownerId: t.id, agency: t.agency, name: t.name } : undefined;
    };
    return {
      owner: (speakerId) => teamOwner(speakerId) ?? teamOwner(lead),
      actionText: (actionId) => record.actions.find((a) => a.id === actionId)?.text,
      async create(action) {
        const dueDate = addWorkingDays(meeting.date, FOLLOW_UP_WORKING_DAYS, holidaysFrom(templates, meeting.date));
        const result = await api.actions.save({ familyId: record.id, meetingId: meeting.id, action: { ...action, childIds: [], dueDate } });
        if (!result.ok) return { problem: result.error.message };
        onRecord(result.value.record);
        return { actionId: result.value.actionId };
      },
    };
  }, [record, meeting, onRecord, templates]);

  const harmList = useMemo(() => compileHarmList(templates.safeguarding.words), [templates.safeguarding]);
  const chairName = record.team.find((t) => t.id === meeting.chairId)?.name ?? '';
  const harm = useMemo<{ list: typeof harmList; context: ConcernContext }>(() => ({
    list: harmList,
    context: { familyId: record.id, meetingId: meeting.id, safeguarding: templates.safeguarding, concerns: meeting.concerns ?? [], chairName },
  }), [harmList, record.id, meeting.id, templates.safeguarding, meeting.concerns, chairName]);

  const ids = store.idsFor(item.id);
  const add = (kind: NoteKind | 'default') => {
    const k = kind === 'default' ? defaultKind(item.key) : kind;
    const id = store.add(item.id, k, k === 'differing-views' ? { views: [{ name: '', text: '' }, { name: '', text: '' }] } : {});
    setFocusId(id);
  };

  return (
    <section className="panel-block notes-panel" aria-labelledby={`notes-${item.id}`}>
      <h3 className="heading-s" id={`notes-${item.id}`}>Minutes for this item</h3>
      {ids.length === 0 && <p className="muted">Nothing written under this item yet.</p>}
      {ids.map((id) => (
        <NoteEditor key={id} store={store} id={id} speakers={speakers} glossary={glossary} alreadyDefined={alreadyDefined} followUp={followUp} autoFocus={id === focusId} harm={harm} />
      ))}
      <div className="button-group notes-panel__add">
        {ADD.map((a) => (
          <button key={a.kind} type="button" className={`button ${a.kind === 'default' ? 'button--primary' : 'button--secondary'}`} onClick={() => add(a.kind)}>
            {a.label}
          </button>
        ))}
      </div>
    </section>
  );
}
