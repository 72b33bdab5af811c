// After the demo family's review: finish it, export the meeting record, the family plan (reading age
// shown first, large print too) and the step-up summary, record who was sent what — the agency the
// family excluded refused until a reason is given — and see the "plan not sent" warning clear.
import { test, expect, type Page, type Download } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { startHost, type RunningHost } from './support/host';
import { finishMeeting } from './support/meeting';
import { expectNoAxeViolations } from './support/axe';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

/** Clicks (or presses Enter on) a button and waits for the download it starts; returns the file's text parts. */
async function downloadFrom(page: Page, start: () => Promise<void>): Promise<{ download: Download; xml: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  return { download, xml };
}

/** Slows document building a little, so the progress message can be seen. */
async function slowExports(page: Page): Promise<void> {
  await page.route('**/api/documents.export', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
}

test('finish the review, export all three documents, record who was sent what, and see the family’s plan warning clear', async ({ page }) => {
  host = await startHost({ demo: true });
  await page.goto(host.url);

  // The demo's last review was six weeks ago and the family was never sent their plan.
  const familyRow = page.getByRole('row').filter({ hasText: 'EH-2026-0147' });
  await expect(familyRow.getByText('Plan not sent: overdue')).toBeVisible();
  await expect(page.getByText('1 family has not been sent their plan')).toBeVisible();
  await expectNoAxeViolations(page, 'home with the plan warning');
  await familyRow.getByRole('link', { name: 'EH-2026-0147' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();
  await expect(page.getByText('The family has not been sent their plan yet')).toBeVisible();
  await expectNoAxeViolations(page, 'family page with the plan warning');

  // Chair the next review, just enough to finish it.
  await page.getByRole('row').filter({ hasText: 'Planned' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Get ready to chair' }).click();
  await page.getByRole('radio', { name: /^The planned date/ }).check();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('button', { name: /Who is here/ }).click();
  for (const name of ['Dawn Fletcher', 'Tom Price', 'Lena Nowak']) {
    await page.getByLabel(`${name}: How they took part`).selectOption('in-person');
    await expect(page.getByText(new RegExp(`Saved: ${name}, came in person`))).toBeVisible();
  }
  await finishMeeting(page, 'The family had to leave early; the team will follow up this week.');

  // Documents: the reading age is shown before anything is exported.
  const documents = page.getByRole('region', { name: 'Documents' });
  await expect(documents.getByText('Reading age', { exact: true })).toBeVisible();
  await expect(documents.getByText(/Meets the target of 9|Above the target of 9/)).toBeVisible();
  await expect(documents.getByText('Longer words that pushed the reading age up')).toBeVisible();
  await expectNoAxeViolations(page, 'finished meeting: documents and circulation');

  await slowExports(page);
  const record = await downloadFrom(page, async () => {
    await documents.getByRole('button', { name: 'Download the meeting record' }).click();
    await expect(documents.getByRole('status').filter({ hasText: 'Building the meeting record…' })).toBeVisible();
  });
  expect(record.download.suggestedFilename()).toMatch(/^EH-2026-0147 meeting record \d{4}-\d{2}-\d{2}\.docx$/);
  expect(record.xml).toContain('meeting record');
  await expect(documents.getByText(/Downloaded EH-2026-0147 meeting record/)).toBeVisible();

  const plan = await downloadFrom(page, async () => {
    await documents.getByRole('button', { name: 'Download the action plan' }).click();
    await expect(documents.getByRole('status').filter({ hasText: 'Building the action plan…' })).toBeVisible();
  });
  expect(plan.download.suggestedFilename()).toMatch(/^EH-2026-0147 action plan \d{4}-\d{2}-\d{2}\.docx$/);
  expect(plan.xml).toContain('Your action plan');
  expect(plan.xml).not.toContain('Police were called');

  // Large print, by keyboard: tick the box and press Enter on the button.
  await documents.getByLabel('Large print').focus();
  await page.keyboard.press('Space');
  await expect(documents.getByLabel('Large print')).toBeChecked();
  const large = await downloadFrom(page, async () => {
    await documents.getByRole('button', { name: 'Download the action plan in large print' }).focus();
    await page.keyboard.press('Enter');
  });
  expect(large.download.suggestedFilename()).toContain('action plan large print');

  // Circulation: everyone, present or not; Northshire Homes excluded by the family's consent.
  const circulation = page.getByRole('region', { name: 'Who has been sent the record' });
  await expect(circulation.getByText('The family has not been sent their plan yet')).toBeVisible();
  await expect(circulation.getByRole('row').filter({ hasText: 'Grace Okafor' }).getByText('The family asked that Northshire Homes is not sent information.')).toBeVisible();
  await expect(circulation.getByRole('row').filter({ hasText: 'Rhys Evans' })).toBeVisible();

  await circulation.getByRole('button', { name: 'Record as sent to Grace Okafor' }).click();
  await expect(circulation.getByRole('heading', { name: 'Record a copy sent to Grace Okafor' })).toBeFocused();
  await circulation.getByRole('button', { name: 'Record as sent', exact: true }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problem).toBeFocused();
  await expect(problem.getByRole('link', { name: /Say why you are sending the meeting record to Grace Okafor/ })).toBeVisible();
  await expectNoAxeViolations(page, 'recording a copy for the excluded agency (error)');
  const reason = 'Dawn agreed by phone today that housing can have the record so the damp repair gets booked.';
  await circulation.getByLabel('Why are you sending it anyway?').fill(reason);
  await circulation.getByLabel('Post').check();
  await circulation.getByRole('button', { name: 'Record as sent', exact: true }).click();
  await expect(circulation.getByText('Recorded: meeting record sent to Grace Okafor by post.')).toBeVisible();
  await expect(circulation.getByRole('row').filter({ hasText: 'Grace Okafor' }).getByText(`Reason given: ${reason}`)).toBeVisible();

  // The family's copy, recorded with the keyboard only.
  await circulation.getByRole('button', { name: 'Record as sent to Dawn Fletcher' }).focus();
  await page.keyboard.press('Enter');
  await expect(circulation.getByRole('heading', { name: 'Record a copy sent to Dawn Fletcher' })).toBeFocused();
  await expect(circulation.getByLabel('Email')).toBeChecked();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await circulation.getByRole('button', { name: 'Record as sent', exact: true }).evaluate((el) => el === document.activeElement)) break;
  }
  await page.keyboard.press('Enter');
  await expect(circulation.getByText('Recorded: action plan sent to Dawn Fletcher by email.')).toBeVisible();
  await expect(circulation.getByText('The family has been sent their plan')).toBeVisible();

  // The warning has cleared on the family page and the home list.
  await page.getByRole('link', { name: 'Back to the family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();
  await expect(page.getByText('The family has not been sent their plan yet')).toHaveCount(0);
  await page.getByRole('link', { name: 'All families' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'EH-2026-0147' })).toBeVisible();
  await expect(page.getByText(/Plan not sent/)).toHaveCount(0);
  await expect(page.getByText('1 family has not been sent their plan')).toHaveCount(0);

  // The step-up summary, from Jay's support page once support has ended.
  await page.getByRole('link', { name: 'EH-2026-0147' }).click();
  await page.getByRole('link', { name: 'Jay Fletcher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Summary of support so far' })).toBeVisible();
  await page.getByRole('button', { name: 'End support for Jay Fletcher' }).click();
  await page.getByLabel('Moved to children\'s social care (stepped up)').check();
  await page.getByRole('button', { name: 'End support', exact: true }).click();
  const summary = page.getByRole('region', { name: 'Step-up summary' });
  await expect(summary).toBeVisible();
  await expectNoAxeViolations(page, 'support page with the step-up summary');
  const stepUp = await downloadFrom(page, () => summary.getByRole('button', { name: 'Download the step-up summary' }).click());
  expect(stepUp.download.suggestedFilename()).toMatch(/^EH-2026-0147 step-up summary \d{4}-\d{2}-\d{2}\.docx$/); // named as its title reads
  expect(stepUp.xml).toContain('Step-up summary');
  await expect(summary.getByText(/Downloaded EH-2026-0147 step-up summary/)).toBeVisible();
});
