// One minutes entry: what kind, who said it (their own words kept as said, shown as a quote), the
// words — checked for plainer ones unless they are someone's own — and its time and save status.
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { NOTE_KINDS, NOTE_KIND_LABELS } from '../../../core/minutes/schema';
import { londonTime } from '../../../core/shared/dates';
import type { CompiledGlossary } from '../../../core/plain-language';
import { CheckedTextField } from '../plain-language/checked-text-field';
import { Tag } from '../../ui/bits';
import type { MinutesStore, NoteDraft } from './minutes-store';
import { ownWordsByDefault, type Speaker } from './speakers';
import { PrivateFields, SaveStatus, SpeakerSelect, ViewsEditor } from './note-parts';
import { NotSharedFields, type FollowUpContext } from './not-shared';
import { harmWordsIn, type CompiledHarmList } from '../../../core/safeguarding';
import { SafeguardingPrompt, type ConcernContext } from './safeguarding-prompt';
import { NoteConflict } from './note-conflict';

export interface NoteEditorProps {
  store: MinutesStore;
  id: string;
  speakers: Speaker[];
  glossary?: CompiledGlossary;
  alreadyDefined?: readonly string[];
  followUp: FollowUpContext;
  autoFocus?: boolean;
  /** The council's safeguarding list and contact: words that suggest harm prompt the writer at once. */
  harm?: { list: CompiledHarmList; context: ConcernContext };
}

const TEXT_LABEL: Partial<Record<NoteDraft['kind'], string>> = {
  decision: 'What was decided',
  'differing-views': 'What the views are about (optional)',
  'info-not-shared': 'What was not shared',
  worry: 'The worry',
  strength: 'What is going well',
  view: 'Their view',
};

export const NoteEditor = memo(function NoteEditor({ store, id, speakers, glossary, alreadyDefined, followUp, autoFocus, harm }: NoteEditorProps) {
  const [draft, setDraft] = useState<NoteDraft>(() => store.draft(id)!);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);
  // Leaving the item (or the page) sends what is waiting straight away.
  useEffect(() => () => void store.flush(id), [store, id]);
  // The time appears once the first save lands; words replaced from here (keeping both) are shown.
  const generation = useRef(store.generation(id));
  useEffect(() => store.subscribeEntry(id, () => {
    const stored = store.draft(id);
    if (stored && store.generation(id) !== generation.current) {
      generation.current = store.generation(id);
      draftRef.current = stored;
      setDraft(stored);
      return;
    }
    const created = stored?.createdAt;
    if (created && created !== draftRef.current.createdAt) setDraft((d) => ({ ...d, createdAt: created }));
  }), [store, id]);
  const subscribe = useCallback((fn: () => void) => store.subscribeEntry(id, fn), [store, id]);
  const theirs = useSyncExternalStore(subscribe, () => store.conflict(id));

  const set = (patch: Partial<NoteDraft>) => {
    const next = { ...draftRef.current, ...patch };
    draftRef.current = next;
    setDraft(next);
    store.update(id, next);
  };

  const setSpeaker = (speakerId: string | undefined) => {
    const speaker = speakers.find((s) => s.id === speakerId);
    set({ speakerId, ownWords: ownWordsByDefault(speaker) });
  };

  const remove = async () => {
    const message = await store.remove(id);
    if (message) setProblem(message);
  };

  const kindLabel = NOTE_KIND_LABELS[draft.kind];
  const harmWords = useMemo(
    () => (harm ? harmWordsIn([draft.text, ...draft.views.map((v) => v.text)].join('\n'), harm.list) : []),
    [harm, draft.text, draft.views],
  );
  const saidAs = speakers.find((s) => s.id === draft.speakerId)?.saidAs;
  return (
    // Leaving any field of the entry sends what is waiting (so entries reach the app in the order written).
    <article onBlur={() => void store.flush(id)} className={`note${draft.professionalsOnly ? ' note--private' : ''}${draft.ownWords ? ' note--own-words' : ''}`} aria-label={`${kindLabel}${draft.createdAt ? `, written at ${londonTime(new Date(draft.createdAt))}` : ', new'}`}>
      <div className="note__head">
        <span className="note__kind">{kindLabel}</span>
        {draft.createdAt && <span className="note__time">Written at <time dateTime={draft.createdAt}>{londonTime(new Date(draft.createdAt))}</time></span>}
        {draft.ownWords && <Tag tone="purple">In their own words</Tag>}
        {draft.professionalsOnly && <Tag tone="red">For professionals only</Tag>}
        {harmWords.length > 0 && !draft.professionalsOnly && !draft.familyMaySee && <Tag tone="yellow">Kept out of the family’s plan</Tag>}
        <SaveStatus store={store} id={id} />
      </div>
      {theirs && (
        <NoteConflict
          id={id}
          theirs={theirs}
          mine={draft}
          onKeepBoth={() => store.keepBoth(id)}
          onAddTheirs={() => {
            if (!draft.text.includes(theirs.text)) set({ text: [draft.text.trim(), theirs.text.trim()].filter(Boolean).join('\n\n') });
          }}
          onSaveOnTop={() => store.saveOnTop(id)}
        />
      )}
      <div className="note__row">
        <div className="form-group form-group--tight">
          <label className="label" htmlFor={`${id}-kind`}>Kind of entry</label>
          <select id={`${id}-kind`} className="select select--small" value={draft.kind} onChange={(e) => set({ kind: e.target.value as NoteDraft['kind'] })}>
            {NOTE_KINDS.map((k) => <option key={k} value={k}>{NOTE_KIND_LABELS[k]}</option>)}
          </select>
        </div>
        {draft.kind !== 'differing-views' && (
          <SpeakerSelect id={`${id}-speaker`} label="Who said it" value={draft.speakerId} speakers={speakers} onChange={setSpeaker} />
        )}
      </div>
      {saidAs && <p className="note__said-as">{saidAs}</p>}
      {draft.kind !== 'differing-views' && (
        <div className="checkboxes__item note__own-words">
          <input className="checkboxes__input" id={`${id}-own`} type="checkbox" checked={draft.ownWords} onChange={(e) => set({ ownWords: e.target.checked })} />
          <label className="checkboxes__label" htmlFor={`${id}-own`}>
            Their own words <span className="hint">(kept exactly as said, never reworded)</span>
          </label>
        </div>
      )}
      <CheckedTextField
        id={`${id}-text`}
        label={TEXT_LABEL[draft.kind] ?? 'Note'}
        hint={draft.ownWords ? 'Type what they said, as they said it. No suggestions are made for someone’s own words.' : undefined}
        value={draft.text}
        onChange={(text) => set({ text })}
        glossary={glossary}
        audience="professional"
        alreadyDefined={alreadyDefined}
        check={!draft.ownWords}
        quote={draft.ownWords}
        rows={draft.kind === 'differing-views' ? 1 : 3}
        inputRef={textRef}
      />
      {draft.kind === 'differing-views' && <ViewsEditor id={id} draft={draft} speakers={speakers} set={set} />}
      {harm && harmWords.length > 0 && <SafeguardingPrompt id={id} words={harmWords} draft={draft} set={set} context={harm.context} />}
      {draft.kind === 'info-not-shared' && <NotSharedFields id={id} draft={draft} set={set} context={followUp} />}
      <PrivateFields id={id} draft={draft} set={set} />
      {problem && <p className="note-problem" role="alert">{problem}</p>}
      <div className="note__foot">
        {confirming ? (
          <span className="note__confirm" role="group" aria-label="Take this entry out?">
            Take this entry out of the minutes?{' '}
            <button type="button" className="button button--warning button--slim" onClick={() => void remove()}>Yes, take it out</button>{' '}
            <button type="button" className="button button--secondary button--slim" onClick={() => setConfirming(false)}>No, keep it</button>
          </span>
        ) : (
          <button type="button" className="button button--link" onClick={() => (draft.text || draft.views.length ? setConfirming(true) : void remove())}>
            Take out<span className="visually-hidden"> this {kindLabel.toLowerCase()}</span>
          </button>
        )}
      </div>
    </article>
  );
});
