// An action from last time found waiting (since when, the expected start), and a note whose words may
// suggest harm with no concern raised: the closing check asks, and a reason why not is kept.
import { test, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';
import { startDemoMeeting } from './support/meeting';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agenda' });
const minutes = (page: Page) => page.getByRole('region', { name: 'Minutes for this item' });
const check = (page: Page, label: string) => page.locator('.check').filter({ hasText: label });

async function goToItem(page: Page, name: RegExp) {
  await agenda(page).getByRole('button', { name }).first().click();
  await expect(page.locator('#item-title')).toHaveText(name);
}

test('an action is waiting since a date said in words, and a note that may suggest harm is asked about at the closing check', async ({ page }) => {
  host = await startHost({ demo: true });
  await startDemoMeeting(page, host.url);

  // The demo review is on Wednesday 25 November 2026: "last Monday" is 23 November.
  await goToItem(page, /damp in the children/);
  await page.getByLabel(/^Waiting \(for a service to start\)/).check();
  await page.getByRole('button', { name: 'Save what happened' }).click();
  await expect(page.getByText('Say since when it has been waiting, like “3 November”')).toBeVisible();
  await page.getByLabel('Waiting since when?').fill('last Monday');
  await expect(page.locator('.action-fields__date').first()).toContainText('23 November 2026');
  await page.getByLabel('When is it expected to start? (optional)').fill('11 January');
  await page.getByRole('button', { name: 'Save what happened' }).click();
  await expect(page.getByText('Saved: Waiting (for a service to start). Waiting since 23 November 2026.')).toBeVisible();
  await page.reload();
  await goToItem(page, /damp in the children/);
  await expect(page.getByLabel('Waiting since when?')).toHaveValue('23 November 2026');
  await expect(page.getByLabel('When is it expected to start? (optional)')).toHaveValue('11 January 2027');

  await goToItem(page, /What we are worried about/);
  await minutes(page).getByRole('button', { name: 'Add a note' }).click();
  await minutes(page).getByRole('article').last().getByLabel('The worry').fill('Jay has bruises on his legs.');
  await expect(minutes(page).getByRole('article').last().getByRole('status')).toContainText(/Saved at/);

  await goToItem(page, /What happens next/);
  const harm = check(page, 'Each note that may suggest harm has a concern recorded, or says why not');
  await expect(harm).toContainText('To do');
  await expect(harm).toContainText('A note may suggest harm (“Jay has bruises on his legs.”): record that a concern was raised, or say why not.');
  await page.getByLabel('Why was no concern raised?').fill('From football on Saturday; seen by the school nurse');
  await page.getByLabel('Why was no concern raised?').blur();
  await expect(page.getByText('Saved: why no concern was raised.')).toBeVisible();
  await expect(harm).toContainText('Done');
  await page.reload();
  await expect(check(page, 'Each note that may suggest harm has a concern recorded, or says why not')).toContainText('Done');
  await expect(page.getByLabel('Why was no concern raised?')).toHaveValue('From football on Saturday; seen by the school nurse');
});
