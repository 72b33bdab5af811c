// Steps many journeys share: open the demo family's planned review and start it on its planned date,
// and finish a meeting (giving a reason if some closing checks are not met).
import { expect, type Page } from '@playwright/test';

/** From the home page: the demo family, its planned meeting, "Get ready", the planned date, start. */
export async function startDemoMeeting(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: 'EH-2026-0147' }).click();
  await page.getByRole('row', { name: /Planned/ }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Get ready to chair' }).click();
  await page.getByRole('radio', { name: /^The planned date/ }).check();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
}

/** Save the next meeting, send the plan by email, and finish (with `reason` if checks are not met). */
export async function finishMeeting(page: Page, reason: string): Promise<void> {
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('button', { name: /When and where we meet next/ }).click();
  await page.getByRole('button', { name: 'Save the next meeting' }).click();
  await expect(page.getByText(/Saved: the next meeting is/)).toBeVisible();
  await agenda.getByRole('button', { name: /What happens next/ }).click();
  await page.getByLabel('By email').check();
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  const anyway = page.getByRole('button', { name: 'Finish anyway' });
  if (await anyway.isVisible()) {
    await page.getByLabel('Why are you finishing without these?').fill(reason);
    await anyway.click();
  }
  await expect(page.getByText('This meeting has finished')).toBeVisible();
}
