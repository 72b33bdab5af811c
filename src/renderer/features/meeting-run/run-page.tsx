// Chairing a meeting: before it starts, while it runs, and once it has finished.
import { Page, Loading, Problem } from '../../ui/page';
import { useFamily } from '../families/use-family';
import { useTemplates } from '../templates/use-templates';
import { StartScreen } from './start-screen';
import { Workspace } from './workspace';
import { FinishedScreen } from './finished-screen';
import { MEETING_KIND_LABELS } from '../../../core/meetings/schema';
import { formatDateWithDay } from '../../../core/shared/dates';

export function RunPage({ familyId, meetingId }: { familyId: string; meetingId: string }) {
  const { record, setRecord, problem } = useFamily(familyId);
  const templates = useTemplates();
  if (problem) return <Page title="Meeting"><Problem message={problem} /></Page>;
  if (!record || !templates) return <Page title="Meeting"><Loading what="Getting the meeting ready" /></Page>;
  const meeting = record.meetings.find((m) => m.id === meetingId);
  if (!meeting) return <Page title="Meeting"><Problem message="We could not find that meeting." /></Page>;
  const title = `${MEETING_KIND_LABELS[meeting.kind]}, ${formatDateWithDay(meeting.date)}`;
  return (
    <Page title={title} caption={`${templates.local.teamName} · family ${record.reference}`} back={{ href: `/families/${familyId}`, label: 'Back to the family' }} wide>
      {meeting.status === 'planned' && <StartScreen record={record} meeting={meeting} templates={templates} onRecord={setRecord} />}
      {meeting.status === 'in-progress' && <Workspace record={record} meeting={meeting} templates={templates} onRecord={setRecord} />}
      {meeting.status === 'finished' && <FinishedScreen record={record} meeting={meeting} templates={templates} />}
      {meeting.status === 'cancelled' && <Problem message="This meeting was cancelled." />}
    </Page>
  );
}
