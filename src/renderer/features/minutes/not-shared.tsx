// "Information not shared": the reason given, and one click to put a follow-up action in the plan
// ("Ask the GP for the letter about Jay's headaches"), owned by whoever said it or the lead professional.
import { useState } from 'react';
import type { NoteDraft } from './minutes-store';

export interface FollowUpOwner {
  ownerId?: string;
  agency: string;
  name: string;
}

export interface FollowUpContext {
  owner(speakerId: string | undefined): FollowUpOwner | undefined;
  create(action: { text: string; ownerId?: string; agency: string }): Promise<{ actionId: string } | { problem: string }>;
  actionText(actionId: string): string | undefined;
}

/** "the GP letter about Jay's headaches" from "The GP letter about Jay's headaches." */
export function whatWasNotShared(text: string): string {
  const first = text.split('\n')[0].trim().replace(/[.;:!]+$/, '');
  return /^[A-Z][a-z]/.test(first) ? first[0].toLowerCase() + first.slice(1) : first;
}

export function followUpText(holder: string, what: string): string {
  const who = holder.trim();
  return who ? `Ask ${who} for ${what}` : `Ask for ${what}`;
}

export function NotSharedFields({ id, draft, set, context }: { id: string; draft: NoteDraft; set: (p: Partial<NoteDraft>) => void; context: FollowUpContext }) {
  const [holder, setHolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const what = whatWasNotShared(draft.text);
  const text = what ? followUpText(holder, what) : '';
  const owner = context.owner(draft.speakerId);
  const existing = draft.followUpActionId ? context.actionText(draft.followUpActionId) : undefined;

  const add = async () => {
    setBusy(true);
    const result = await context.create({ text, ownerId: owner?.ownerId, agency: owner?.agency ?? '' });
    setBusy(false);
    if ('problem' in result) setProblem(result.problem);
    else {
      setProblem(undefined);
      set({ followUpActionId: result.actionId });
    }
  };

  return (
    <div className="not-shared">
      <div className="form-group form-group--tight">
        <label className="label" htmlFor={`${id}-reason`}>Why it was not shared</label>
        <input id={`${id}-reason`} className="input input--full" value={draft.reasonNotShared} onChange={(e) => set({ reasonNotShared: e.target.value })} />
      </div>
      {draft.followUpActionId ? (
        <p className="not-shared__done">Follow-up action in the plan: {existing ?? 'added'}.</p>
      ) : (
        <div className="not-shared__follow-up">
          <div className="form-group form-group--tight">
            <label className="label" htmlFor={`${id}-holder`}>Who has the information? <span className="hint">(optional, for the follow-up action)</span></label>
            <input id={`${id}-holder`} className="input input--half" value={holder} onChange={(e) => setHolder(e.target.value)} placeholder="For example: the GP" />
          </div>
          <button type="button" className="button button--secondary" disabled={!text || busy} onClick={() => void add()}>
            {text ? `Add a follow-up action: “${text}”` : 'Add a follow-up action (say what was not shared first)'}
          </button>
          {text && <p className="hint">{owner ? `${owner.name} will do it, within 5 working days. You can change this in the plan.` : 'Due within 5 working days. You can choose who will do it in the plan.'}</p>}
          {problem && <p className="note-problem" role="alert">{problem}</p>}
        </div>
      )}
    </div>
  );
}
