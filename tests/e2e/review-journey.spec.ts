// Two meetings for a family made from scratch in the UI: a first meeting with actions and outcomes,
// then a review held two days after it was planned that skips some actions and one outcome, carries
// them all forward at the closing check, and exports documents that account for every action.
import { test, expect, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { startHost, E2E_TODAY, type RunningHost } from './support/host';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const [y, m, d] = [(iso: string) => iso.slice(0, 4), (iso: string) => String(Number(iso.slice(5, 7))), (iso: string) => String(Number(iso.slice(8, 10)))];
/** "4 December", as people say it. */
const dayMonth = (iso: string) => `${d(iso)} ${MONTHS[Number(m(iso)) - 1]}`;
const longDate = (iso: string) => `${dayMonth(iso)} ${y(iso)}`;

const FIRST = E2E_TODAY; // a Monday
const PLANNED = addDays(FIRST, 44); // the review is planned for a Wednesday…
const HELD = addDays(PLANNED, 2); // …and held on the Friday
const NEW_DATE = addDays(HELD, 21);

/** Each action from the first meeting: the line said, and words that must be in the documents. */
const ACTIONS = [
  { line: `Priya to help Sam make a morning routine chart by ${dayMonth(addDays(FIRST, 11))}`, words: 'morning routine chart' },
  { line: `Owen to send Sam the weekly attendance figures by ${dayMonth(addDays(FIRST, 4))}`, words: 'weekly attendance figures' },
  { line: `Sam to book a dentist appointment for Kai by ${dayMonth(addDays(FIRST, 7))}`, words: 'dentist appointment' },
  { line: `Priya to refer Kai to the school nurse about sleep by ${dayMonth(addDays(FIRST, 18))}`, words: 'school nurse about sleep' },
];
const OUTCOMES = ['Kai gets to school on time most days', 'Kai sleeps well on school nights'];

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agenda' });
async function goToItem(page: Page, name: RegExp | string) {
  await agenda(page).getByRole('button', { name }).first().click();
  await expect(page.locator('#item-title')).toHaveText(name);
}

async function addFamily(page: Page) {
  await page.getByRole('link', { name: 'Add a family' }).first().click();
  await page.locator('#f-reference').fill('EH-2026-0901');
  await page.locator('#f-children-0-firstName').fill('Kai');
  await page.locator('#f-children-0-lastName').fill('Morgan');
  await page.locator('#f-children-0-dateOfBirth').fill('3');
  await page.locator('#f-children-0-dateOfBirth-month').fill('4');
  await page.locator('#f-children-0-dateOfBirth-year').fill('2017');
  await page.locator('#f-members-0-name').fill('Sam Morgan');
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kai' })).toBeVisible();

  for (const [name, role, agency, kind] of [
    ['Priya Shah', 'Family support worker', 'Northshire Early Help', 'early-help'],
    ['Owen Reed', 'Class teacher', 'Hillside Primary School', 'school'],
  ]) {
    await page.getByRole('link', { name: 'Add a professional' }).click();
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Role').fill(role);
    await page.getByLabel('Service or organisation').fill(agency);
    await page.getByLabel('Kind of service').selectOption(kind);
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await expect(page.getByRole('link', { name })).toBeVisible();
  }

  await page.getByRole('link', { name: 'Open support for a child' }).click();
  await page.getByLabel('Kai').check();
  await page.getByLabel('Who started this support?').fill('Hillside Primary School');
  await page.getByLabel('Lead professional').selectOption({ label: 'Priya Shah, Family support worker (Northshire Early Help)' });
  await page.getByLabel('Their name').fill('Sam Morgan');
  await page.getByLabel('Written').check();
  await page.getByLabel('What did they agree can be shared, and with whom?').fill('School and early help can share what they know with each other and at meetings.');
  await page.getByRole('button', { name: 'Open support' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kai' })).toBeVisible();
}

async function here(page: Page, names: string[]) {
  await goToItem(page, /Who is here/);
  for (const name of names) {
    await page.getByLabel(`${name}: How they took part`).selectOption('in-person');
    await expect(page.getByText(new RegExp(`Saved: ${name}, came in person`))).toBeVisible();
  }
}

async function rate(page: Page, scope: ReturnType<Page['locator']>, family: string, team: string) {
  await scope.getByRole('group', { name: /The family’s score/ }).getByLabel(family, { exact: true }).check();
  await scope.getByRole('group', { name: /The team’s score/ }).getByLabel(team, { exact: true }).check();
  await scope.getByRole('button', { name: 'Save the rating' }).click();
  await expect(scope.getByText(new RegExp(`The family gave ${family} out of 10`))).toBeVisible();
}

async function finish(page: Page, reason: string) {
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  const anyway = page.getByRole('button', { name: 'Finish anyway' });
  const finished = page.getByRole('heading', { name: 'This meeting has finished' });
  await expect(anyway.or(finished)).toBeVisible();
  if (await anyway.isVisible()) {
    await page.getByLabel('Why are you finishing without these?').fill(reason);
    await anyway.click();
  }
  await expect(finished).toBeVisible();
}

async function download(page: Page, name: string): Promise<string> {
  const documents = page.getByRole('region', { name: 'Documents' });
  const [file] = await Promise.all([page.waitForEvent('download'), documents.getByRole('button', { name }).click()]);
  return (await mammoth.extractRawText({ buffer: readFileSync((await file.path())!) })).value;
}

test('a first meeting, then a review that skips some actions and an outcome and carries them forward; both documents account for every action', async ({ page }) => {
  test.setTimeout(180_000);
  host = await startHost();
  await page.goto(host.url);
  await addFamily(page);

  // ---- The first meeting, held on the day it was planned.
  await page.getByRole('link', { name: 'Plan a meeting' }).first().click();
  await page.getByLabel('First meeting').check();
  await page.locator('#f-plan-date').fill(d(FIRST));
  await page.locator('#f-plan-date-month').fill(m(FIRST));
  await page.locator('#f-plan-date-year').fill(y(FIRST));
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel("Community or children's centre").check();
  await page.getByLabel('Where exactly?').fill('Hillside Children’s Centre');
  await page.getByRole('button', { name: 'Plan the meeting' }).click();
  await page.getByRole('link', { name: 'Get ready to chair' }).click();
  await expect(page.getByText('Which date is the meeting held on?')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await here(page, ['Sam Morgan', 'Priya Shah', 'Owen Reed']);

  await goToItem(page, /What we want to be different/);
  for (const text of OUTCOMES) {
    await page.getByLabel('What will be different for Kai?').fill(text);
    await page.getByRole('button', { name: 'Agree this outcome' }).click();
    await expect(page.getByText(`Agreed: ${text}.`)).toBeVisible();
  }
  for (const [i, text] of OUTCOMES.entries()) {
    const card = page.locator('.card').filter({ hasText: text });
    await card.locator('summary').click();
    await rate(page, card, String(4 + i), String(3 + i));
  }

  await goToItem(page, /Who will do what, by when/);
  for (const a of ACTIONS) {
    await page.locator('#capture-line').fill(a.line);
    await page.locator('#capture-line').press('Enter');
    const preview = page.getByRole('form', { name: 'Check the action before you keep it' });
    await expect(preview.getByRole('button', { name: 'Keep this action' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(preview).toHaveCount(0);
    await expect(page.locator('.capture__said')).toContainText('Kept:');
  }

  await goToItem(page, /When and where we meet next/);
  await page.locator('#f-nextMeeting-date').fill(d(PLANNED));
  await page.locator('#f-nextMeeting-date-month').fill(m(PLANNED));
  await page.locator('#f-nextMeeting-date-year').fill(y(PLANNED));
  await page.getByLabel('Where', { exact: true }).fill('Hillside Children’s Centre');
  await page.getByRole('button', { name: 'Save the next meeting' }).click();
  await expect(page.getByText(/Saved: the next meeting is/)).toBeVisible();

  await goToItem(page, /What happens next/);
  await expect(page.getByText('Every action from last time was reviewed')).toHaveCount(0);
  await page.getByLabel('By email').check();
  await finish(page, 'Sam gave her view to Priya before the meeting.');

  // ---- Two days after the review was planned: the app asks which date it is held on.
  await host.stop();
  host = await startHost({ dataDir: host.dataDir, today: HELD });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'EH-2026-0901' }).click();
  await page.getByRole('row', { name: /Planned/ }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Get ready to chair' }).click();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(page.getByText('Error: Choose the date the meeting is held on')).toBeVisible();
  await page.getByRole('radio', { name: `Today, ${new Date(`${HELD}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })} ${longDate(HELD)}` }).check();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(page.locator('#item-title')).toBeVisible();
  const runUrl = page.url();

  // Ending Kai's support while the meeting is under way warns first.
  await page.goto(runUrl.replace(/\/meetings\/.*$/, ''));
  await page.getByRole('link', { name: 'Kai Morgan' }).first().click();
  await page.getByRole('button', { name: 'End support for Kai Morgan' }).click();
  await expect(page.getByText('A meeting about this child is under way')).toBeVisible();
  await expect(page.getByText(`The meeting on ${longDate(HELD)} has started and is not finished.`)).toBeVisible();
  await page.getByLabel('Things have improved and support is no longer needed').check();
  await page.getByRole('button', { name: 'End support', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Finish it first, or say you still want to end support.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Open', { exact: true })).toBeVisible();
  await page.goto(runUrl);
  await here(page, ['Sam Morgan', 'Priya Shah']);

  // Two of the four actions are reviewed: one done; one carried forward, whose date has passed, gets a new one.
  await goToItem(page, /weekly attendance figures/);
  await page.getByLabel('Done', { exact: true }).check();
  await page.getByRole('button', { name: 'Save what happened' }).click();
  await expect(page.getByText('Saved: Done.')).toBeVisible();

  await goToItem(page, /morning routine chart/);
  await page.getByLabel('Carried forward to the new plan').check();
  await page.getByLabel(/By when now\?/).fill(`by ${dayMonth(NEW_DATE)}`);
  await expect(page.locator('.action-fields__date')).toContainText(longDate(NEW_DATE));
  await page.getByRole('button', { name: 'Save what happened' }).click();
  await expect(page.getByText(`Saved: Carried forward to the new plan. Now by ${longDate(NEW_DATE)}.`)).toBeVisible();
  await expect(page.getByText(`Was due ${longDate(addDays(FIRST, 11))}, now by ${longDate(NEW_DATE)}`)).toBeVisible();

  // One of the two outcomes is rated.
  await goToItem(page, OUTCOMES[0]);
  await page.getByRole('group', { name: 'Is this better for you?' }).getByLabel('Better').check();
  await rate(page, page.locator('main'), '7', '6');

  // The closing check names what was skipped; one choice carries it all forward, and it survives a reload.
  await goToItem(page, /What happens next/);
  await expect(page.getByRole('list', { name: 'Actions not reviewed' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Actions not reviewed' })).toContainText('dentist appointment');
  await expect(page.getByRole('list', { name: 'Actions not reviewed' })).toContainText('school nurse about sleep');
  await expect(page.getByRole('list', { name: 'Outcomes not rated' }).getByRole('listitem')).toHaveText([OUTCOMES[1]]);
  await page.getByLabel('Carry them all forward to the next meeting').check();
  await expect(page.getByText('Saved: they will be carried forward when you finish.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Carry them all forward to the next meeting')).toBeChecked();
  await expect(page.locator('.check').filter({ hasText: 'Every action from last time was reviewed' })).toContainText('All carried forward to the next meeting.');
  await page.getByLabel('By email').check();
  await finish(page, 'We set the next meeting by phone this week.');
  const row = (key: string) => page.locator('.summary-list__row').filter({ hasText: key });
  await expect(row('Held on')).toContainText(`${longDate(HELD)} (planned for`);
  await expect(row('Not looked at in this meeting')).toContainText('All carried forward to the next meeting.');
  await expect(row('Last time’s actions')).toContainText('Done: 1; Carried forward to the new plan: 1; Not looked at: 2');

  // ---- The documents: every action from the first meeting, with what happened to it.
  const record = await download(page, 'Download the meeting record');
  const plan = await download(page, 'Download the action plan');
  expect(record).toContain(longDate(HELD));
  expect(record).not.toContain(longDate(PLANNED));
  for (const a of ACTIONS) expect(record.toLowerCase()).toContain(a.words);
  // The two no one looked at are carried forward with a note saying so.
  expect(record).toMatch(/not looked at in this meeting/i);
  // Still open after the review: everything but the done one stays in the family's plan.
  for (const a of ACTIONS.filter((x) => x.words !== 'weekly attendance figures')) expect(plan.toLowerCase()).toContain(a.words);
  expect(plan).toContain(dayMonth(NEW_DATE));
});
