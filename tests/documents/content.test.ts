// Reads each document back with mammoth, as a screen reader or another word processor would, and
// checks the text of every section: who came, last time's actions, the minutes, the plan, the ratings.
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildAll, type Built } from './documents';
import { buildMeetingRecord } from '../../src/core/documents/index';
import { TODAY, demoFamily } from './support';

/** Our custom styles, so mammoth reports nothing it does not recognise. */
export const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Label'] => p.label:fresh",
  "p[style-name='Small Text'] => p.small:fresh",
  "p[style-name='Table Text'] => p:fresh",
  "p[style-name='Box Text'] => p.box:fresh",
  "p[style-name='Fact Text'] => p.fact:fresh",
];

let docs: Built[] = [];
const text = new Map<string, string>();
const html = new Map<string, { value: string; messages: unknown[] }>();

beforeAll(async () => {
  docs = (await buildAll()).docs;
  for (const d of docs) {
    const buffer = Buffer.from(d.bytes);
    text.set(d.name, (await mammoth.extractRawText({ buffer })).value.replace(/\s+/g, ' '));
    html.set(d.name, await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP }));
  }
});

function inOrder(haystack: string, needles: string[]): void {
  let at = -1;
  for (const n of needles) {
    const i = haystack.indexOf(n, at + 1);
    expect(i, `“${n}” should come after the text before it`).toBeGreaterThan(at);
    at = i;
  }
}

describe('reading every document back', () => {
  it('finds only styles it knows, with headings, tables and quotes where they should be', () => {
    for (const d of docs) {
      const h = html.get(d.name)!;
      expect(h.messages, d.name).toEqual([]);
      expect(h.value, d.name).toMatch(/^<h1 class="title">/);
      expect((h.value.match(/<h2>/g) ?? []).length, d.name).toBeGreaterThanOrEqual(5);
      expect(h.value, d.name).toContain('<table>');
      expect(h.value, d.name).toContain('<blockquote>');
    }
  });
});

describe('the meeting record', () => {
  const t = () => text.get('meeting record (theme)')!;

  it('gives the meeting’s details and warns who must not be sent it', () => {
    inOrder(t(), ['Team Around the Family meeting record', 'Review meeting, Monday 12 October 2026', 'About the meeting', 'Greenfield Children’s Centre, Meeting Room 2',
      'Jay Fletcher, born 14 May 2016', 'Tom Price, Pastoral lead, Greenfield Primary School', 'EH-2026-0147', 'Do not send this record to', 'Northshire Homes']);
  });

  it('lists who came, who sent apologies or an update, and who did not come, with their service', () => {
    inOrder(t(), ['Who came', 'Tom Price', 'Pastoral lead, Greenfield Primary School', 'Came in person', 'Sarah Khan', 'Sent a written update', 'Rhys Evans', 'Sent apologies', 'Grace Okafor', 'Housing officer, Northshire Homes', 'Did not come and did not let us know']);
    inOrder(t(), ['Written updates', 'From Sarah Khan', 'Jay has his first appointment with the children’s mental health service next month.']);
    expect(t()).toContain('Jay Fletcher: Came for part of the meeting');
    expect(t()).toContain('Mia Fletcher: Did not take part. Mia was at nursery.');
  });

  it('reviews last time’s actions with what happened and why', () => {
    inOrder(t(), ['Actions from last time', 'Refer Jay to the children\'s mental health service for help with his worries', 'Sarah Khan', 'Done', 'First appointment booked.',
      'Arrange for the damp in the children\'s bedroom to be fixed', 'Grace Okafor', 'Carried forward', 'The repair has not been booked; housing were not at the meeting.']);
  });

  it('keeps the minutes in agenda order with who said what, own words quoted and differing views side by side', () => {
    inOrder(t(), ['Minutes', 'What the family thinks', '“The chart on the fridge helps. Jay ticks his own boxes now.”', '— Dawn Fletcher (Mother)',
      'What Jay and Mia think', '“The quiet room is good. I go there with Sam.”', 'What has gone well', 'Tom Price, Pastoral lead', 'Jay was late 4 times this half term, down from 14.',
      'What we are worried about', 'Differing views', 'Dawn Fletcher', 'Tom Price', 'Jay is being picked on in the playground', 'Staff have seen Jay start some of the arguments']);
    const h = html.get('meeting record (theme)')!.value;
    expect(h).toMatch(/<table><thead><tr><th><p><strong>Dawn Fletcher<\/strong><\/p><\/th><th><p><strong>Tom Price<\/strong><\/p><\/th><\/tr><\/thead><tbody><tr><td><p>Jay is being picked on/);
  });

  it('points from agenda items to the sections that hold their content', () => {
    inOrder(t(), ['Also covered', 'What we said we would do last time (see “Actions from last time”)', 'When we meet next (see “Next meeting”)']);
    // Its own heading, so it is not read as part of the item above; an item named like its section is not listed.
    const covered = html.get('meeting record (theme)')!.value.match(/<h3>Also covered<\/h3><p[^>]*>(.*?)<\/p>/);
    expect(covered, 'an “Also covered” heading with its list').not.toBeNull();
    expect(covered![1]).toContain('When we meet next');
    expect(covered![1]).not.toContain('Who will do what, by when');
    expect(t()).not.toContain('Nothing was written down for this item');
  });

  it('includes professionals-only entries, clearly marked with the reason', () => {
    inOrder(t(), ['For professionals only — left out of the family’s plan', 'Police were called to a neighbour dispute', 'Why it is for professionals only: Third-party information from the police about a neighbour']);
  });

  it('sets out the new plan per child with who, service, when and the outcome it serves', () => {
    inOrder(t(), ['Who will do what, by when', 'Jay’s plan', "Share Jay's weekly attendance with Dawn every Friday", 'Greenfield Primary School',
      'Mia’s plan', "Visit at home to talk about Mia's sleep and bedtime", 'Still open from an earlier meeting',
      'For the whole family', "Help Dawn apply for free school meals", 'Northshire Early Help', "Go to the 'Time for Me' parents' group"]);
  });

  it('rates outcomes against last time and gives the next meeting', () => {
    inOrder(t(), ['Outcomes and ratings', 'Jay gets to school calm and on time most days', '6 out of 10 (last time 3)', '5 out of 10 (last time 3)', 'Better', '“Mornings are calmer. Jay gets himself dressed.”',
      'Next meeting', 'Wednesday 25 November 2026', '9.30am']);
  });

  it('records information not shared, with the reason', async () => {
    const record = demoFamily();
    const bytes = await buildMeetingRecord({ record, meetingId: record.meetings[0].id, today: TODAY });
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, ' ');
    inOrder(raw, ['Information not shared', 'Details of the GP letter about Jay’s headaches were not shared at the meeting.', 'Why it was not shared: The GP letter has not been shared with the school nurse yet']);
    expect(raw).toContain('No actions were open when this meeting started.');
  });
});

describe('the family plan', () => {
  const t = () => text.get('family plan (theme)')!;

  it('opens with the plan on one page: what we agreed, who does what by when, the key person and the next meeting', () => {
    inOrder(t(), ['Your family plan', 'For Jay and Mia', 'The plan on one page', 'We met on Monday 12 October 2026', 'Who will do what, by when',
      "You will go to the 'Time for Me' parents' group on Tuesday mornings — by 16 November 2026.",
      'Lena Nowak (family support worker) will help Dawn apply for free school meals',
      'Your key person', 'Tom Price, pastoral lead at Greenfield Primary School', 'Phone: 01632 960 100', 'Email: t.price@greenfield.example.sch.uk',
      'When we meet next', 'Wednesday 25 November 2026 at 9.30am', 'Who came to the meeting']);
  });

  it('says who came, who could not come and how their part was covered', () => {
    inOrder(t(), ['Who came to the meeting', 'Tom Price (pastoral lead, Greenfield Primary School)', 'Dawn Fletcher', 'Who could not come',
      'Sarah Khan (school nurse, Northshire Community Health) could not come, but sent us an update:', 'Jay has his first appointment',
      'Grace Okafor (housing officer, Northshire Homes) did not come.', 'Rhys Evans (health visitor, Northshire Community Health) could not come and let us know.']);
  });

  it('tells the family what is going well, what we are worried about, and their own words back to them', () => {
    inOrder(t(), ['What you told us', '“The chart on the fridge helps. Jay ticks his own boxes now.”', 'What is going well', 'Jay was late 4 times this half term',
      'What we are worried about', 'The damp has not been fixed', 'We do not all see this the same way:', '“Jay is being picked on in the playground and that is why he hits out.”',
      'Tom Price said: Staff have seen Jay start some of the arguments']);
  });

  it('writes the family’s own actions to them and gives the team’s with dates, then the key person in full', () => {
    inOrder(t(), ['What will be different, and is it getting better?', 'This time you gave it 6 out of 10 and the team gave it 5.', 'Last time (31 August 2026) you gave it 3 out of 10 and the team gave it 3.', 'What you will do', "You will go to the 'Time for Me' parents' group",
      'What the team will do', 'Rhys Evans', "Visit at home to talk about Mia's sleep and bedtime", 'Was due 21 September 2026, now by 25 November 2026',
      'Your key person is Tom Price. Tom is the pastoral lead at Greenfield Primary School.', 'Talk to Tom if something changes', 'The other people helping you', 'Sarah Khan, school nurse']);
  });

  it('gives the decisions agreed, on page one and under “What we decided”', async () => {
    const { buildFamilyPlan } = await import('../../src/core/documents/index');
    const record = demoFamily();
    const bytes = await buildFamilyPlan({ record, meetingId: record.meetings[0].id, today: TODAY });
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, ' ');
    inOrder(raw, ['The plan on one page', 'The team agreed to focus on mornings, the bedroom damp and Jay’s worries first.', 'Who will do what, by when',
      'What we decided', 'The team agreed to focus on mornings']);
  });

  it('never says “LP” and never shows the professionals’ minutes labels', () => {
    for (const d of docs.filter((x) => x.kind === 'family-plan')) {
      const raw = text.get(d.name)!;
      expect(raw).not.toMatch(/\bLP\b/);
      expect(raw).not.toContain('Minutes');
      expect(raw).not.toContain('Differing views');
    }
  });
});

describe('the step-up summary', () => {
  const t = () => text.get('step-up summary (theme)')!;

  it('tells the next service the story once: needs, what was done, outcomes, open actions, team, consent and the family’s view', () => {
    inOrder(t(), ['Step-up summary', 'For Jay and Mia', 'so that Jay and Mia and their family do not have to tell their story again',
      'Why it ended', "Moved to children's social care (stepped up)", 'Concerns grew after the half-term holiday.',
      'Why support started', 'Jay is often late and upset in the mornings', 'Mia wakes several times a night',
      'What was done', "Refer Jay to the children's mental health service", 'Outcomes: then and now', 'Jay gets to school calm and on time most days', 'Family 3/10, team 3/10', 'Family 6/10, team 5/10', 'Better',
      'Actions still open and who keeps them', "Arrange for the damp in the children's bedroom to be fixed", 'Grace Okafor', '01632 960 512',
      'The team and how to reach them', 'Lena Nowak', 'lena.nowak@northshire.example.gov.uk', 'The family', 'Dawn Fletcher', 'Has parental responsibility', 'Prefers text messages to letters',
      'Consent to share information', 'Dawn Fletcher (parent)', 'Dawn agreed that the school', 'Not to be shared with', 'Northshire Homes', 'Do not send this summary to',
      'What the family says', '“The chart on the fridge helps.', 'Meetings and who came', '2 meetings were held']);
  });

  it('leaves out professionals-only notes from the family’s view', () => {
    expect(t()).not.toContain('Police were called');
  });
});
