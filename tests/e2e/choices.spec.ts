// A choice is kept when it is made (a reload straight after choosing loses nothing), and two browser
// windows editing one note never overwrite each other: the second save is refused and both versions shown.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';
import { expectNoAxeViolations } from './support/axe';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agenda' });
const minutes = (page: Page) => page.getByRole('region', { name: 'Minutes for this item' });
const entries = (page: Page) => minutes(page).getByRole('article');
const check = (page: Page, label: string) => page.locator('.check').filter({ hasText: label });

/** Open the demo family's review: start it (the planned date, two days after today) or carry on. */
async function openTheReview(page: Page, start: boolean) {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'EH-2026-0147' }).click();
  await page.getByRole('row', { name: start ? /Planned/ : /Under way/ }).getByRole('link').first().click();
  await page.getByRole('link', { name: start ? 'Get ready to chair' : 'Carry on chairing' }).click();
  if (start) {
    await expect(page.getByText('Which date is the meeting held on?')).toBeVisible();
    await page.getByRole('radio', { name: /^The planned date/ }).check();
    await page.getByRole('button', { name: 'Start the meeting' }).click();
  }
  await expect(agenda(page)).toBeVisible();
}

async function goToItem(page: Page, name: RegExp) {
  await agenda(page).getByRole('button', { name }).click();
  await expect(page.locator('#item-title')).toHaveText(name);
}

test('a status that asks for more is kept the moment it is chosen, and the closing check asks for the rest', async ({ page }) => {
  host = await startHost({ demo: true });
  await openTheReview(page, true);
  await goToItem(page, /Who is here/);
  await page.getByLabel('Sarah Khan: How they took part').selectOption({ label: 'Sent a written update' });
  await expect(page.getByText('Saved: Sarah Khan, sent a written update.')).toBeVisible();
  await page.getByLabel('Grace Okafor: How they took part').selectOption({ label: 'Sent someone else' });
  await expect(page.getByText('Saved: Grace Okafor, sent someone else.')).toBeVisible();

  await page.reload();
  await goToItem(page, /Who is here/);
  await expect(page.getByLabel('Sarah Khan: How they took part')).toHaveValue('written-update');
  await expect(page.getByLabel('Grace Okafor: How they took part')).toHaveValue('sent-someone-else');
  await expect(page.getByLabel('Summary of their written update')).toHaveValue('');
  await expect(page.getByText('The choice is saved. Add a summary now or later: the closing check asks for it.')).toBeVisible();

  await goToItem(page, /What happens next/);
  const details = check(page, 'What each person’s attendance asks for is filled in');
  await expect(details).toContainText('To do');
  await expect(details).toContainText('for Sarah Khan, the summary of their written update');
  await details.getByRole('button', { name: 'Go to who is here' }).click();
  await page.getByLabel('Summary of their written update').fill('Jay has seen the mental health service twice.');
  await page.getByLabel('Who came instead?').fill('Ben Ali');
  await page.getByLabel('Who came instead?').blur();
  await expect(page.getByText('Saved: Grace Okafor, sent Ben Ali.')).toBeVisible();
  await goToItem(page, /What happens next/);
  await expect(check(page, 'What each person’s attendance asks for is filled in')).toHaveCount(1);
  // What the two choices asked for is in; those whose attendance is not recorded yet are still named.
  await expect(check(page, 'What each person’s attendance asks for is filled in')).not.toContainText('the summary of their written update');
  await expect(check(page, 'What each person’s attendance asks for is filled in')).not.toContainText('the name of the person who came instead');
  await expect(check(page, 'What each person’s attendance asks for is filled in')).toContainText('attendance not recorded for');
});

test('Finish waits for the carry-forward choice ticked a moment before, even when its save is slow', async ({ page }) => {
  host = await startHost({ demo: true });
  await openTheReview(page, true);
  await goToItem(page, /What happens next/);
  // The first closing save takes a while to come back.
  let slowed = false;
  await page.route('**/api/meetings.saveClosing', async (route) => {
    if (!slowed) {
      slowed = true;
      await new Promise((r) => setTimeout(r, 1500));
    }
    await route.continue();
  });
  await page.getByLabel('Carry them all forward to the next meeting').check();
  await page.getByLabel('By email').check();
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  await page.getByLabel('Why are you finishing without these?').fill('We ran out of time.');
  await page.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(page.getByRole('heading', { name: 'This meeting has finished' })).toBeVisible();
  await expect(page.getByText('All carried forward to the next meeting.')).toBeVisible();
  await expect(page.getByText('Finished without them.')).toHaveCount(0);
});

/** Two windows (two browser contexts) open on one note of the running review. */
async function twoWindowsOnOneNote(browser: Browser) {
  host = await startHost({ demo: true });
  const a = await (await browser.newContext()).newPage();
  await openTheReview(a, true);
  await goToItem(a, /What we are worried about/);
  await minutes(a).getByRole('button', { name: 'Add a note' }).click();
  const noteA = entries(a).last();
  await noteA.getByLabel('The worry').fill('The damp is back in the bedroom.');
  await expect(noteA.getByRole('status')).toContainText(/Saved at/);

  const b = await (await browser.newContext()).newPage();
  await openTheReview(b, false);
  await goToItem(b, /What we are worried about/);
  const noteB = entries(b).filter({ has: b.getByText('The damp is back in the bedroom.') }).last();
  await expect(noteB.getByLabel('The worry')).toHaveValue('The damp is back in the bedroom.');
  await noteB.getByLabel('The worry').fill('The damp is back in the bedroom. Grace will chase the repair.');
  await expect(noteB.getByRole('status')).toContainText(/Saved at/);

  // Window A, still on the first version, saves its own change: refused, both shown side by side.
  await noteA.getByLabel('The worry').fill('The damp is back in the bedroom. Mia is coughing again.');
  const conflict = noteA.getByRole('alert').filter({ hasText: 'This note was changed in another place' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('region', { name: 'The other version' })).toContainText('Grace will chase the repair.');
  await expect(conflict.getByRole('region', { name: 'Your version' })).toContainText('Mia is coughing again.');
  await expect(noteA.getByRole('status')).toContainText('Your version is not saved yet');
  return { a, b, noteA };
}

test('two windows on one note: the later save is refused, both shown, and keeping both loses nothing', async ({ browser }) => {
  const { a, b, noteA } = await twoWindowsOnOneNote(browser);
  await expectNoAxeViolations(a, 'a note changed in another place');
  await noteA.getByRole('button', { name: 'Keep both' }).click();
  await expect(entries(a).filter({ has: a.getByText('This note was changed in another place') })).toHaveCount(0);
  await expect(entries(a)).toHaveCount(2);
  await expect(entries(a).nth(0).getByLabel('The worry')).toHaveValue('The damp is back in the bedroom. Grace will chase the repair.');
  await expect(entries(a).nth(1).getByLabel('The worry')).toHaveValue('The damp is back in the bedroom. Mia is coughing again.');
  await expect(entries(a).nth(1).getByRole('status')).toContainText(/Saved at/);

  await b.reload();
  await goToItem(b, /What we are worried about/);
  await expect(entries(b)).toHaveCount(2);
  await expect(entries(b).nth(0).getByLabel('The worry')).toHaveValue('The damp is back in the bedroom. Grace will chase the repair.');
  await expect(entries(b).nth(1).getByLabel('The worry')).toHaveValue('The damp is back in the bedroom. Mia is coughing again.');
});

test('two windows on one note: merged by hand and saved on top of the newer version', async ({ browser }) => {
  const { b, noteA } = await twoWindowsOnOneNote(browser);
  await noteA.getByRole('button', { name: 'Add their words to yours' }).click();
  await noteA.getByLabel('The worry').fill('The damp is back in the bedroom. Grace will chase the repair. Mia is coughing again.');
  await noteA.getByRole('button', { name: 'Save mine on top of theirs' }).click();
  await expect(noteA.getByRole('alert')).toHaveCount(0);
  await expect(noteA.getByRole('status')).toContainText(/Saved at/);

  await b.reload();
  await goToItem(b, /What we are worried about/);
  await expect(entries(b)).toHaveCount(1);
  await expect(entries(b).first().getByLabel('The worry')).toHaveValue('The damp is back in the bedroom. Grace will chase the repair. Mia is coughing again.');
});
