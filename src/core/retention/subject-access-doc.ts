// The readable Word copy of everything held about one family, for a subject access request: the
// record section by section and who opened or changed it. Pure: data in, .docx bytes out.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FamilyRecord } from '../families/record';
import { RELATIONSHIP_LABELS } from '../families/schema';
import { personName } from '../families/people';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../meetings/schema';
import { NOTE_KIND_LABELS } from '../minutes/schema';
import { ACTION_STATUS_LABELS, REVIEW_RESULT_LABELS } from '../actions/schema';
import { ATTENDANCE_LABELS } from '../attendance/schema';
import { CLOSURE_REASON_LABELS } from '../episodes/schema';
import { formatDate, type IsoDate } from '../shared/dates';

/** What the audit log says about this family (ids and fixed words only). */
export interface AccessLogLine {
  seq: number;
  at: string;
  action: string;
  method?: string;
  user: string;
}

export interface SubjectAccessInput {
  record: FamilyRecord;
  audit: readonly AccessLogLine[];
  today: IsoDate;
}

const FONT = 'Arial';
const p = (text: string, opts: { bold?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] });
const h = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 });
const lines = (text: string) => (text ? text.split('\n').filter(Boolean).map((l) => p(l)) : []);
const yesNo = (v: boolean) => (v ? 'Yes' : 'No');
const dateOf = (iso: string | undefined) => (iso ? formatDate(iso.slice(0, 10)) : '');

function table(headings: string[], rows: string[][]): Table {
  const cell = (text: string, header = false) =>
    new TableCell({ children: (text || '—').split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: header })] })) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headings.map((t) => cell(t, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t) => cell(t)) })),
    ],
  });
}

function familySection(r: FamilyRecord) {
  return [
    h('Children', 2),
    table(
      ['Name', 'Known as', 'Date of birth or expected date', 'School or setting'],
      r.children.map((c) => [
        [c.firstName, c.lastName].filter(Boolean).join(' ') || 'Unborn baby',
        c.knownAs,
        c.unborn ? `Expected ${formatDate(c.expectedDate)}` : formatDate(c.dateOfBirth),
        c.schoolOrSetting,
      ]),
    ),
    h('Family members', 2),
    r.members.length
      ? table(
          ['Name', 'Relationship', 'Contact', 'Other details'],
          r.members.map((m) => [
            m.name,
            m.relationshipDetail || RELATIONSHIP_LABELS[m.relationship],
            [m.phone, m.email, m.address].filter(Boolean).join('\n'),
            [
              `Parental responsibility: ${yesNo(m.parentalResponsibility)}`,
              `Lives with the children: ${yesNo(m.livesWithChildren)}`,
              m.languages && `Languages: ${m.languages}`,
              m.communicationNeeds && `Communication needs: ${m.communicationNeeds}`,
              m.interpreterNeeded ? 'Needs an interpreter' : '',
            ].filter(Boolean).join('\n'),
          ]),
        )
      : p('No family members are recorded.'),
    h('Where and when the family likes to meet', 2),
    p(`Home languages: ${r.homeLanguages || 'not recorded'}`),
    p(`Preferred place: ${r.preferences.preferredPlace || 'not recorded'}`),
    p(`Places to avoid: ${r.preferences.placesToAvoid || 'none recorded'}`),
    p(`Best times: ${r.preferences.bestTimes || 'not recorded'}`),
    h('Professionals on the team', 2),
    r.team.length
      ? table(['Name', 'Role and service', 'Contact', 'Still on the team'], r.team.map((t) => [t.name, `${t.role}, ${t.agency}`, [t.phone, t.email].filter(Boolean).join('\n'), yesNo(t.active)]))
      : p('No professionals are recorded.'),
  ];
}

function supportSection(r: FamilyRecord) {
  if (r.episodes.length === 0) return [h('Support', 2), p('No support has been recorded.')];
  return [
    h('Support', 2),
    ...r.episodes.flatMap((e) => [
      h(`Support for ${personName(r, e.childId)}, from ${formatDate(e.openedOn)}${e.closedOn ? ` to ${formatDate(e.closedOn)}` : ''}`, 3),
      p(`Started by: ${e.startedBy}`),
      ...lines(e.reason),
      p('Lead professionals', { bold: true }),
      ...e.leadProfessionals.map((l) => p(`${personName(r, l.teamMemberId)}, from ${formatDate(l.from)}${l.reason ? ` (${l.reason})` : ''}`)),
      p('Consent to share information', { bold: true }),
      ...e.consents.flatMap((c) => [
        p(`${c.givenByName}, ${c.form}, on ${formatDate(c.date)}${c.withdrawnOn ? `, withdrawn on ${formatDate(c.withdrawnOn)}` : ''}`),
        ...lines(c.scope),
        ...(c.excludedAgencies.length ? [p(`Not to be shared with: ${c.excludedAgencies.join(', ')}`)] : []),
        ...lines(c.notes),
      ]),
      ...(e.outcomes.length ? [p('What should be different', { bold: true }), ...e.outcomes.map((o) => p(`${o.text} (agreed ${formatDate(o.agreedOn)})`))] : []),
      ...(e.closedOn ? [p(`Ended: ${e.closureReason ? CLOSURE_REASON_LABELS[e.closureReason] : ''}`), ...lines(e.closureNote)] : []),
    ]),
  ];
}

function meetingsSection(r: FamilyRecord) {
  if (r.meetings.length === 0) return [h('Meetings', 2), p('No meetings have been recorded.')];
  const sorted = [...r.meetings].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  return [
    h('Meetings', 2),
    ...sorted.flatMap((m) => [
      h(`${MEETING_KIND_LABELS[m.kind]}, ${formatDate(m.date)} (${MEETING_STATUS_LABELS[m.status].toLowerCase()})`, 3),
      p(`Where: ${m.venue}`),
      ...(m.cancelledReason ? [p(`Cancelled because: ${m.cancelledReason}`)] : []),
      ...(m.attendance.length
        ? [p('Who came', { bold: true }), table(['Who', 'Attendance', 'Written update'], m.attendance.map((a) => [personName(r, a.personId), ATTENDANCE_LABELS[a.status], a.writtenUpdate]))]
        : []),
      ...(m.notes.length
        ? [
            p('What was said and decided', { bold: true }),
            table(
              ['What was said or decided', 'Who', 'Kind'],
              m.notes.map((n) => [
                [
                  n.text,
                  ...n.views.map((v) => `${v.personId ? personName(r, v.personId) : v.name}: ${v.text}`),
                  n.professionalsOnly ? `For professionals only: ${n.professionalsOnlyReason}` : '',
                  n.reasonNotShared ? `Not shared at the meeting: ${n.reasonNotShared}` : '',
                ].filter(Boolean).join('\n'),
                n.speakerId ? personName(r, n.speakerId) : '',
                NOTE_KIND_LABELS[n.kind],
              ]),
            ),
          ]
        : []),
      ...(m.actionReviews.length
        ? [p('Actions reviewed', { bold: true }), table(['Action reviewed', 'What happened', 'Why'], m.actionReviews.map((a) => [r.actions.find((x) => x.id === a.actionId)?.text ?? 'An action no longer on the record', REVIEW_RESULT_LABELS[a.result], a.reason]))]
        : []),
      ...lines(m.chairNotes).map((x, i) => (i === 0 ? [p('Chair’s notes', { bold: true }), x] : [x])).flat(),
    ]),
  ];
}

function actionsSection(r: FamilyRecord) {
  return [
    h('Actions', 2),
    r.actions.length
      ? table(
          ['What will be done', 'Who', 'By when', 'Progress'],
          r.actions.map((a) => [[a.text, a.notes].filter(Boolean).join('\n'), a.ownerId ? personName(r, a.ownerId, a.ownerName || 'No one named') : a.ownerName || 'No one named', formatDate(a.dueDate), ACTION_STATUS_LABELS[a.status]]),
        )
      : p('No actions are recorded.'),
  ];
}

function accessSection(audit: readonly AccessLogLine[]) {
  return [
    h('Who has opened or changed this record', 2),
    p('TAC Chair keeps a log of every time this record was opened, changed, exported or sent. The log holds no names: users are shown by a code for their computer login.'),
    audit.length
      ? table(['When', 'What', 'App function', 'User code'], [...audit].sort((a, b) => a.seq - b.seq).map((e) => [`${dateOf(e.at)} ${e.at.slice(11, 16)} UTC`, e.action.charAt(0).toUpperCase() + e.action.slice(1), e.method ?? '', e.user]))
      : p('There are no entries in the log about this record.'),
  ];
}

/** Build the .docx. Title and properties carry the family reference only, never a name. */
export async function buildSubjectAccessDoc(input: SubjectAccessInput): Promise<Buffer> {
  const { record: r, audit, today } = input;
  const doc = new Document({
    creator: 'TAC Chair',
    title: `Information held about family ${r.reference}`,
    description: 'Subject access copy',
    styles: {
      default: {
        document: { run: { font: FONT, size: 24, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120 } } },
        heading2: { paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: `Information held about family ${r.reference}`, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
          p(`Produced by TAC Chair on ${formatDate(today)} for a subject access request. It holds everything TAC Chair stores about this family.`),
          p('Before you share it: check it for information about other people, such as other family members, professionals and third parties, and decide with your data protection officer what must be withheld. Nothing has been removed from this copy.', { bold: true }),
          p(`Record created ${dateOf(r.createdAt)}; last changed ${dateOf(r.updatedAt)}.`),
          ...familySection(r),
          ...supportSection(r),
          ...meetingsSection(r),
          ...actionsSection(r),
          ...accessSection(audit),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
