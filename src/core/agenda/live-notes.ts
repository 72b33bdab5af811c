// The note under a standing agenda item, worked out when it is shown (never stored when the meeting
// starts): how many actions there are to go through and how many are done, whether outcomes are agreed yet.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { AgendaItem } from './schema';
import { meetingActionAccount } from '../actions/meeting-account';
import { meetingOutcomes } from '../outcomes/meeting-outcomes';
import { BUILT_IN_LOCAL, type LocalWords } from '../prompts/local';
import { timesWord } from './build';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The note to show under an agenda item now; items other than the action and outcome reviews keep their own. */
export function agendaItemNote(
  record: Pick<FamilyRecord, 'meetings' | 'actions' | 'episodes'>, meeting: Meeting, item: Pick<AgendaItem, 'key' | 'note'>, local: Pick<LocalWords, 'carriedOverFlagAt'> = BUILT_IN_LOCAL,
): string {
  if (item.key === 'review-actions') {
    const open = meetingActionAccount(record, meeting).openAtStart;
    if (open.length === 0) return 'No actions were open when this meeting started.';
    const looked = open.filter((a) => a.review).length;
    const flagged = open.filter((a) => a.carriedOver >= local.carriedOverFlagAt).length;
    return `${plural(open.length, 'action', 'actions')} to go through`
      + (flagged > 0 ? `; ${flagged} carried over ${timesWord(local.carriedOverFlagAt)} or more` : '')
      + (looked > 0 ? `; ${looked} looked at so far` : '') + '.';
  }
  if (item.key === 'outcomes') {
    const outcomes = meetingOutcomes(record, meeting);
    if (outcomes.length === 0) return 'No outcomes agreed yet: agree what should be different.';
    const rated = outcomes.filter((o) => o.now).length;
    return `${plural(outcomes.length, 'outcome', 'outcomes')} agreed${rated > 0 ? `; ${rated} rated so far` : ''}.`;
  }
  return item.note;
}
