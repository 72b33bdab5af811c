// Taking the minutes at the demo family's review: notes under three items (Dawn's own words, a worry
// with a plainer word accepted, a professionals-only note), four actions from one-line entries (one
// Dawn's own), then a restart — and everything is still there. axe on the way; a keyboard-only run.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';
import { expectNoAxeViolations } from './support/axe';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const agendaItem = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name });
/** Move to an agenda item and wait until it is the item shown. */
async function goToItem(page: Page, name: RegExp) {
  await agendaItem(page, name).click();
  await expect(page.locator('#item-title')).toHaveText(name);
}
const minutes = (page: Page) => page.getByRole('region', { name: 'Minutes for this item' });
const entries = (page: Page) => minutes(page).getByRole('article');

async function openTheReview(page: Page, start = true) {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'EH-2026-0147' }).click();
  await page.getByRole('row', { name: start ? /Planned/ : /Under way/ }).getByRole('link').first().click();
  await page.getByRole('link', { name: start ? 'Get ready to chair' : 'Carry on chairing' }).click();
  if (start) {
    await page.getByRole('radio', { name: /^The planned date/ }).check();
    await page.getByRole('button', { name: 'Start the meeting' }).click();
  }
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeVisible();
}

/** Every entry says it is saved (nothing waiting). */
async function allSaved(page: Page) {
  const statuses = minutes(page).getByRole('status');
  await expect(statuses.filter({ hasText: /Not saved/ })).toHaveCount(0);
  const n = await statuses.count();
  for (let i = 0; i < n; i++) await expect(statuses.nth(i)).toContainText(/Saved at \d\d:\d\d/);
}

async function captureAction(page: Page, line: string, expectWho: RegExp, expectWhen: RegExp) {
  const box = page.locator('#capture-line');
  await box.fill(line);
  await box.press('Enter');
  const preview = page.getByRole('form', { name: 'Check the action before you keep it' });
  await expect(preview).toBeVisible();
  await expect(preview.getByLabel('Who will do it')).toHaveValue(/.+/);
  await expect(preview.locator('#action-preview-owner option:checked')).toHaveText(expectWho);
  await expect(preview.locator('.action-fields__date')).toContainText(expectWhen);
  await expect(preview.getByRole('button', { name: 'Keep this action' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(preview).toHaveCount(0);
  await expect(page.locator('.capture__said')).toContainText('Kept:');
  await expect(box).toBeFocused();
}

test('take the minutes and agree actions at the review; restart; find it all again', async ({ page }) => {
  host = await startHost({ demo: true });
  await openTheReview(page);

  // 1. Dawn's view, in her own words.
  await goToItem(page, /What the family thinks/);
  await minutes(page).getByRole('button', { name: 'Add a note' }).click();
  const dawn = entries(page).last();
  await dawn.getByLabel('Who said it').selectOption({ label: 'Dawn Fletcher (Mother)' });
  await expect(dawn.getByLabel('Their own words')).toBeChecked();
  const dawnWords = 'Mornings are better. Jay ticks his own chart now.\n\nBut the mould is back and Mia is coughing again.';
  await dawn.getByLabel('Their view').fill(dawnWords);
  await expect(dawn.getByText('In their own words')).toBeVisible();
  await expect(dawn.getByText(/could be plainer/)).toHaveCount(0);
  await allSaved(page);
  await expect(dawn.getByText(/Written at \d\d:\d\d/)).toBeVisible();

  // 2. A worry, with a plainer word accepted; and a note for professionals only.
  await goToItem(page, /What we are worried about/);
  await minutes(page).getByRole('button', { name: 'Add a note' }).click();
  const worry = entries(page).last();
  await worry.getByLabel('Who said it').selectOption({ label: 'Tom Price (Pastoral lead, Greenfield Primary School)' });
  await expect(worry.getByLabel('Their own words')).not.toBeChecked();
  await worry.getByLabel('The worry').fill('Jay is still waiting for his first CAMHS appointment and is hitting out at break.');
  await expect(worry.getByText('1 word could be plainer')).toBeVisible();
  await expectNoAxeViolations(page, 'minutes with a plain-language suggestion');
  await worry.getByRole('button', { name: /Use “children's mental health service”/ }).click();
  await expect(worry.getByLabel('The worry')).toHaveValue("Jay is still waiting for his first children's mental health service appointment and is hitting out at break.");
  await expect(worry.getByText(/could be plainer/)).toHaveCount(0);

  await minutes(page).getByRole('button', { name: 'Add a note' }).click();
  const secret = entries(page).last();
  await secret.getByLabel('Who said it').selectOption({ label: 'Lena Nowak (Family support worker, Northshire Early Help)' });
  await secret.getByLabel('The worry').fill('Police were called to a dispute with a neighbour last week; no worries about the children were raised.');
  await secret.getByLabel('For professionals only').check();
  await expect(secret.getByText('The entry is saved and kept from the family. Say why now or later: the closing check asks for it.')).toBeVisible();
  await secret.getByLabel('Why is this for professionals only?').fill('Third-party information from the police');
  await expect(secret.getByText('For professionals only', { exact: true })).toBeVisible();

  // Differing views side by side, and information not shared with its follow-up action.
  await minutes(page).getByRole('button', { name: 'Add differing views' }).click();
  const views = entries(page).last();
  await views.getByLabel('Whose view (1)', { exact: true }).selectOption({ label: 'Dawn Fletcher (Mother)' });
  await views.getByLabel('What they said').first().fill('Jay is being bullied at break and that is why he hits out.');
  await views.getByLabel('Whose view (2)', { exact: true }).selectOption({ label: 'Tom Price (Pastoral lead, Greenfield Primary School)' });
  await views.getByLabel('What they said').last().fill('Staff see Jay start some of the arguments; it is about behaviour at break.');
  await minutes(page).getByRole('button', { name: 'Add information not shared' }).click();
  const notShared = entries(page).last();
  await notShared.getByLabel('Who said it').selectOption({ label: 'Sarah Khan (School nurse, Northshire Community Health)' });
  await notShared.getByLabel('What was not shared').fill('The GP letter about Jay’s headaches.');
  await notShared.getByLabel('Why it was not shared').fill('The GP has not sent it to the school nurse yet');
  await notShared.getByLabel('Who has the information?').fill('the GP');
  await notShared.getByRole('button', { name: 'Add a follow-up action: “Ask the GP for the GP letter about Jay’s headaches”' }).click();
  await expect(notShared.getByText('Follow-up action in the plan: Ask the GP for the GP letter about Jay’s headaches.')).toBeVisible();
  await allSaved(page);

  // 3. What has gone well, and four actions typed as people say them — one is Dawn's.
  await goToItem(page, /What has gone well/);
  await minutes(page).getByRole('button', { name: 'Add a note' }).click();
  const well = entries(page).last().getByLabel('What is going well');
  await well.fill('Jay was late only 4 times this half term, down from 14.');
  // Pasted from an email: paragraphs kept, invisible characters gone.
  await well.press('End');
  await well.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '\r\n\r\nPat\u200B does the school run\u000B on Tuesdays.\fThat helps.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(well).toHaveValue('Jay was late only 4 times this half term, down from 14.Pat does the school run on Tuesdays.\nThat helps.');
  await allSaved(page);

  await captureAction(page, "Sarah (school nurse) to refer Jay to the children's mental health service by next Friday", /Sarah Khan/, /Friday \d{1,2} December 2026/);
  await captureAction(page, "Mum to book Mia's dentist appointment by 11 December", /Dawn Fletcher/, /Friday 11 December 2026/);
  await captureAction(page, 'Lena to help Dawn apply for free school meals by the 4th', /Lena Nowak/, /4 December 2026/);
  await captureAction(page, 'Grace will book the damp survey within 10 working days', /Grace Okafor/, /December 2026/);

  // Escape drops a line read wrongly, and the line stays for fixing.
  await page.locator('#capture-line').fill('Tom to monitor Jay');
  await page.locator('#capture-line').press('Enter');
  await expect(page.getByText(/“Monitor” does not say what will be done/)).toBeVisible();
  await expectNoAxeViolations(page, 'one-line action preview with warnings');
  await page.keyboard.press('Escape');
  await expect(page.locator('#capture-line')).toHaveValue('Tom to monitor Jay');
  await page.locator('#capture-line').fill('');

  // The plan: four new actions with owners and dates.
  await goToItem(page, /Who will do what/);
  const plan = page.getByRole('region', { name: /so far/ });
  await expect(plan.getByRole('heading', { name: 'Agreed at this meeting (5)' })).toBeVisible();
  for (const what of ['Ask the GP for the GP letter about Jay’s headaches', "Refer Jay to the children's mental health service", "Book Mia's dentist appointment", 'Help Dawn apply for free school meals', 'Book the damp survey']) {
    await expect(plan.getByText(what, { exact: true })).toBeVisible();
  }
  await expect(plan.getByRole('listitem').filter({ hasText: "Book Mia's dentist appointment" })).toContainText('Dawn Fletcher');
  await expectNoAxeViolations(page, 'the plan so far');

  // The family's screen never shows the professionals-only note.
  const familyScreen = await page.context().newPage();
  await familyScreen.goto(page.url().replace(/\/run$/, '/family-view'));
  await expect(familyScreen.getByText("Book Mia's dentist appointment")).toBeVisible();
  await expect(familyScreen.getByText(/Police|neighbour|Third-party/)).toHaveCount(0);
  await familyScreen.close();

  // Close the app and start it again: every note and action is there.
  host = await host.restart();
  await openTheReview(page, false);
  await goToItem(page, /What the family thinks/);
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first().getByLabel('Their view')).toHaveValue(dawnWords);
  await expect(entries(page).first().getByText('In their own words')).toBeVisible();
  await goToItem(page, /What we are worried about/);
  await expect(entries(page)).toHaveCount(4);
  await expect(entries(page).first().getByLabel('The worry')).toHaveValue(/children's mental health service appointment/);
  await expect(entries(page).nth(1).getByText('For professionals only', { exact: true })).toBeVisible();
  await expect(entries(page).nth(1).getByLabel('Why is this for professionals only?')).toHaveValue('Third-party information from the police');
  await expect(entries(page).nth(2).getByLabel('What they said').first()).toHaveValue(/bullied/);
  await expect(entries(page).nth(2).getByLabel('What they said').last()).toHaveValue(/behaviour at break/);
  await expect(entries(page).nth(3).getByText(/Follow-up action in the plan: Ask the GP/)).toBeVisible();
  await goToItem(page, /What has gone well/);
  await expect(entries(page).first().getByLabel('What is going well')).toHaveValue(/down from 14/);
  await goToItem(page, /Who will do what/);
  await expect(page.getByRole('heading', { name: 'Agreed at this meeting (5)' })).toBeVisible();
  await expectNoAxeViolations(page, 'the plan after a restart');
});

/** Press Tab until the target has focus (proves it can be reached by keyboard). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach it with the Tab key');
}

test('the minutes and a one-line action with the keyboard alone', async ({ page }) => {
  host = await startHost({ demo: true });
  await page.goto(host.url);
  await tabTo(page, page.getByRole('link', { name: 'EH-2026-0147' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('row', { name: /Planned/ }).getByRole('link').first());
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Get ready to chair' }));
  await page.keyboard.press('Enter');
  // Planned for another day: the planned date is kept (Tab reaches the first choice, the arrow moves to the second).
  await tabTo(page, page.getByRole('radio', { name: /^Today/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^The planned date/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Start the meeting' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#item-title')).toContainText('Welcome');
  await expect(page.locator('#item-title')).toBeFocused();

  // Alt+Page Down to the next item; the agenda's buttons reach any other.
  await page.keyboard.press('Alt+PageDown');
  await expect(page.locator('#item-title')).toContainText('Who is here');
  await tabTo(page, agendaItem(page, /What we are worried about/));
  await page.keyboard.press('Enter');
  await expect(page.locator('#item-title')).toContainText('worried');
  await expect(page.locator('#item-title')).toBeFocused();

  await tabTo(page, minutes(page).getByRole('button', { name: 'Add a note' }));
  await page.keyboard.press('Enter');
  const field = entries(page).last().getByLabel('The worry');
  await expect(field).toBeFocused();
  await page.keyboard.type('The EWO says Jay missed 6 mornings');
  // Alt+Enter on the flagged word just typed? The caret is after "mornings"; move it back onto "EWO".
  for (let i = 0; i < 'says Jay missed 6 mornings'.length + 2; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  await expect(field).toHaveValue(/^The education welfare officer \(EWO\) says Jay missed 6 mornings$/);
  await expect(page.getByText(/Changed “EWO”/)).toBeAttached();
  await expect(entries(page).last().getByRole('status')).toContainText(/Saved at/);

  await tabTo(page, page.locator('#capture-line'));
  await page.keyboard.type('Mum to ring the GP about Mia’s cough by Friday');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep this action' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.capture__said')).toContainText('Dawn Fletcher');
  await expect(page.locator('#capture-line')).toBeFocused();
});
