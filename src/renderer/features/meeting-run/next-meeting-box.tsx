// On the family page: the meeting to chair next — one under way to carry on with, or the next one
// planned — with when and where, and the way in.
import type { FamilyRecord } from '../../../core/families/record';
import type { TemplateBundle } from '../../../api/templates';
import { LinkButton } from '../../ui/bits';
import { MEETING_KIND_LABELS, meetingSortKey } from '../../../core/meetings/schema';
import { formatDateWithDay, formatTime } from '../../../core/shared/dates';

export function NextMeetingBox({ record, templates }: { record: FamilyRecord; templates: TemplateBundle }) {
  const running = record.meetings.find((m) => m.status === 'in-progress');
  const planned = [...record.meetings].filter((m) => m.status === 'planned').sort((a, b) => meetingSortKey(a).localeCompare(meetingSortKey(b)))[0];
  const meeting = running ?? planned;
  if (!meeting) return null;
  return (
    <section className="next-step" aria-labelledby="next-step-heading">
      <h2 className="heading-m" id="next-step-heading">{running ? 'Meeting under way' : `Next ${templates.local.teamName} meeting`}</h2>
      <p>
        {MEETING_KIND_LABELS[meeting.kind]}, {formatDateWithDay(meeting.date)} at {formatTime(meeting.startTime)}, {meeting.venue}.
      </p>
      <LinkButton href={`/families/${record.id}/meetings/${meeting.id}/run`}>{running ? 'Carry on chairing' : 'Chair the next meeting'}</LinkButton>
    </section>
  );
}
