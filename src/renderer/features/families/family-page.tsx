// One family at a glance: children, family members, where they like to meet, the team around
// them, support for each child (lead professional and consent), and their meetings.
import { Page, Loading, Problem } from '../../ui/page';
import { LinkButton, SummaryList, Tag } from '../../ui/bits';
import { useFamily } from './use-family';
import { formatDate, formatTime, ageOn } from '../../../core/shared/dates';
import { RELATIONSHIP_LABELS, childDisplayName } from '../../../core/families/schema';
import { VENUE_KIND_LABELS } from '../../../core/meetings/venue';
import { AGENCY_KIND_LABELS } from '../../../core/team/schema';
import { currentConsent, currentLeadProfessional } from '../../../core/episodes/schema';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS, meetingSortKey } from '../../../core/meetings/schema';
import { personName } from '../../../core/families/people';
import { FamilyPlanNotice } from '../circulation/family-plan-notice';
import { FamilyRecordsSection } from '../records/family-records-section';
import { useTemplates } from '../templates/use-templates';
import { NextMeetingBox } from '../meeting-run/next-meeting-box';
import { FlagList } from '../attendance/follow-up';
import { nonAttendanceFlags } from '../../../core/attendance/flags';
import { appToday } from '../../clock';

export function FamilyPage({ familyId }: { familyId: string }) {
  const { record, setRecord, problem } = useFamily(familyId);
  const templates = useTemplates();
  if (problem) return <Page title="Family"><Problem message={problem} /></Page>;
  if (!record) return <Page title="Family"><Loading what="Opening the family" /></Page>;

  const today = appToday();
  const childNames = record.children.map((c) => childDisplayName(c));
  const title = childNames.length > 1 ? `${childNames.slice(0, -1).join(', ')} and ${childNames[childNames.length - 1]}` : childNames[0];
  const meetings = [...record.meetings].sort((a, b) => meetingSortKey(b).localeCompare(meetingSortKey(a)));
  const activeTeam = record.team.filter((t) => t.active);
  const formerTeam = record.team.filter((t) => !t.active);
  const prefs = record.preferences;

  return (
    <Page
      title={title}
      windowTitle={`Family ${record.reference}`}
      caption={`Family ${record.reference}`}
      back={{ href: '/', label: 'All families' }}
      actions={<LinkButton href={`/families/${record.id}/meetings/new`}>Plan a meeting</LinkButton>}
      wide
    >
      <FamilyPlanNotice record={record} />
      {templates && <NextMeetingBox record={record} templates={templates} />}
      {templates && (() => {
        const flags = nonAttendanceFlags(record, {}, { local: templates.local, prompts: templates.prompts });
        return flags.length > 0 ? (
          <section aria-labelledby="flags-heading" className="section">
            <div className="section__heading">
              <h2 className="heading-m" id="flags-heading">Missing meetings</h2>
              <a className="link" href={`#/families/${record.id}/attendance`}>Attendance at every meeting</a>
            </div>
            <FlagList flags={flags} record={record} templates={templates} onRecord={setRecord} />
          </section>
        ) : null;
      })()}
      <section aria-labelledby="children-heading" className="section">
        <div className="section__heading">
          <h2 className="heading-m" id="children-heading">Children and family</h2>
          <a className="link" href={`#/families/${record.id}/edit`}>Change<span className="visually-hidden"> children and family details</span></a>
        </div>
        <table className="table">
          <caption className="visually-hidden">Children</caption>
          <thead><tr><th scope="col">Child</th><th scope="col">Date of birth</th><th scope="col">School or setting</th></tr></thead>
          <tbody>
            {record.children.map((c) => (
              <tr key={c.id}>
                <td>{childDisplayName(c)} {c.lastName}</td>
                <td>{c.unborn ? `Expected ${formatDate(c.expectedDate)}` : `${formatDate(c.dateOfBirth)} (${ageOn(c.dateOfBirth!, today)})`}</td>
                <td>{c.schoolOrSetting || <span className="muted">Not given</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {record.members.length > 0 ? (
          <table className="table">
            <caption className="visually-hidden">Family members</caption>
            <thead><tr><th scope="col">Family member</th><th scope="col">Relationship</th><th scope="col">Contact</th><th scope="col">Languages and needs</th></tr></thead>
            <tbody>
              {record.members.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}{m.parentalResponsibility && <><br /><span className="muted">Parental responsibility</span></>}</td>
                  <td>{m.relationshipDetail || RELATIONSHIP_LABELS[m.relationship]}{m.livesWithChildren && <><br /><span className="muted">Lives with the children</span></>}</td>
                  <td>{[m.phone, m.email].filter(Boolean).join(', ') || <span className="muted">Not given</span>}</td>
                  <td>{[m.languages, m.interpreterNeeded ? 'Needs an interpreter' : '', m.communicationNeeds].filter(Boolean).join('. ') || <span className="muted">None recorded</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No family members added yet.</p>
        )}
        <SummaryList
          rows={[
            { key: 'Languages at home', value: record.homeLanguages },
            { key: 'Likes to meet at', value: [prefs.preferredVenueKinds.map((k) => VENUE_KIND_LABELS[k]).join(', '), prefs.preferredPlace].filter(Boolean).join(' — ') },
            { key: 'Rather not meet at', value: [prefs.avoidVenueKinds.map((k) => VENUE_KIND_LABELS[k]).join(', '), prefs.placesToAvoid].filter(Boolean).join(' — ') },
            { key: 'Best times', value: prefs.bestTimes },
          ]}
        />
      </section>

      <section aria-labelledby="team-heading" className="section">
        <div className="section__heading">
          <h2 className="heading-m" id="team-heading">{templates?.local.teamName ?? 'Team around the family'}</h2>
          <LinkButton href={`/families/${record.id}/team/new`} variant="secondary">Add a professional</LinkButton>
        </div>
        {activeTeam.length === 0 ? (
          <p>No professionals yet. Add the people who work with this family, starting with yourself.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Professionals in the team</caption>
            <thead><tr><th scope="col">Name and role</th><th scope="col">Service</th><th scope="col">What they can help with</th><th scope="col">Contact</th></tr></thead>
            <tbody>
              {activeTeam.map((t) => (
                <tr key={t.id}>
                  <td><a href={`#/families/${record.id}/team/${t.id}`}>{t.name}</a><br /><span className="muted">{t.role}</span></td>
                  <td>{t.agency}<br /><span className="muted">{AGENCY_KIND_LABELS[t.agencyKind]}</span></td>
                  <td>{t.canHelpWith || <span className="muted">Not written yet</span>}</td>
                  <td>{[t.phone, t.email].filter(Boolean).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {formerTeam.length > 0 && <p className="muted">Left the team: {formerTeam.map((t) => `${t.name} (${t.agency})`).join(', ')}.</p>}
      </section>

      <section aria-labelledby="support-heading" className="section">
        <div className="section__heading">
          <h2 className="heading-m" id="support-heading">Support for each child</h2>
          <LinkButton href={`/families/${record.id}/support/new`} variant="secondary">Open support for a child</LinkButton>
        </div>
        {record.episodes.length === 0 ? (
          <p>No support opened yet. Open support for a child to record the lead professional and the family’s consent to share information.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Support for each child</caption>
            <thead><tr><th scope="col">Child</th><th scope="col">Support</th><th scope="col">Lead professional</th><th scope="col">Consent</th></tr></thead>
            <tbody>
              {record.episodes.map((e) => {
                const lead = currentLeadProfessional(e);
                const consent = currentConsent(e);
                return (
                  <tr key={e.id}>
                    <td><a href={`#/families/${record.id}/support/${e.id}`}>{personName(record, e.childId)}</a></td>
                    <td>
                      {e.closedOn ? <Tag>Ended {formatDate(e.closedOn)}</Tag> : <Tag tone="green">Open</Tag>}
                      <br /><span className="muted">Since {formatDate(e.openedOn)}</span>
                    </td>
                    <td>{lead ? personName(record, lead.teamMemberId) : '—'}</td>
                    <td>
                      {consent ? `${consent.form === 'written' ? 'Written' : 'Verbal'}, ${formatDate(consent.date)}` : <Tag tone="red">No consent in force</Tag>}
                      {consent && consent.excludedAgencies.length > 0 && (
                        <><br /><span className="muted">Not to be told: {consent.excludedAgencies.join(', ')}</span></>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="meetings-heading" className="section">
        <div className="section__heading">
          <h2 className="heading-m" id="meetings-heading">Meetings</h2>
          {record.meetings.some((m) => m.status === 'finished') && <a className="link" href={`#/families/${record.id}/attendance`}>Attendance at meetings</a>}
          <LinkButton href={`/families/${record.id}/meetings/new`} variant="secondary">Plan a meeting</LinkButton>
        </div>
        {meetings.length === 0 ? (
          <p>No meetings yet.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Meetings, newest first</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Where</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td><a href={`#/families/${record.id}/meetings/${m.id}`}>{formatDate(m.date)}</a><br /><span className="muted">{formatTime(m.startTime)}</span></td>
                  <td>{MEETING_KIND_LABELS[m.kind]}</td>
                  <td>{m.venue}<br /><span className="muted">{VENUE_KIND_LABELS[m.venueKind]}</span></td>
                  <td><Tag tone={m.status === 'planned' ? 'blue' : m.status === 'finished' ? 'green' : m.status === 'cancelled' ? 'grey' : 'yellow'}>{MEETING_STATUS_LABELS[m.status]}</Tag></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <FamilyRecordsSection familyId={record.id} />
    </Page>
  );
}
