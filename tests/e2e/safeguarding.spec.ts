// At the demo family's review: Jay's words suggest harm, so the writer is prompted at once with the
// council's contact and phone, records the concern raised, and the note stays out of the exported plan;
// letters nobody knew (FMASM) are asked about as they are typed and explained in the record.
import { test, expect, type Page, type Download } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { startHost, type RunningHost } from './support/host';
import { startDemoMeeting, finishMeeting } from './support/meeting';
import { expectNoAxeViolations } from './support/axe';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

async function downloadFrom(page: Page, start: () => Promise<void>): Promise<{ download: Download; xml: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  return { download, xml: await zip.file('word/document.xml')!.async('string') };
}

test('a disclosure prompts the writer at once and stays out of the family’s plan; an unknown acronym is asked about', async ({ page }) => {
  host = await startHost({ demo: true });
  await startDemoMeeting(page, host.url);
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  const minutes = page.getByRole('region', { name: 'Minutes for this item' });

  await agenda.getByRole('button', { name: /Who is here/ }).click();
  for (const name of ['Dawn Fletcher', 'Tom Price', 'Lena Nowak']) {
    await page.getByLabel(`${name}: How they took part`).selectOption('in-person');
    await expect(page.getByText(new RegExp(`Saved: ${name}, came in person`))).toBeVisible();
  }

  // Jay's words, passed on: the prompt appears as the words are typed.
  await agenda.getByRole('button', { name: /Hearing from/ }).click();
  await expect(page.locator('#item-title')).toHaveText(/Hearing from/);
  await minutes.getByRole('button', { name: 'Add a note' }).click();
  const note = minutes.getByRole('article').last();
  await note.getByLabel('Who said it').selectOption({ label: 'Dawn Fletcher (Mother)' });
  await note.getByLabel('Their view').fill('Jay told me his uncle hit him and he is scared of going there.');
  const prompt = note.getByRole('alert').filter({ hasText: 'This may be a safeguarding concern' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('0300 123 4567');
  await expect(prompt).toContainText('Children’s Services front door');
  await expect(note.locator('.tag').filter({ hasText: 'Kept out of the family’s plan' })).toBeVisible();
  await expectNoAxeViolations(page, 'minutes with the safeguarding prompt');
  await prompt.getByRole('button', { name: 'Record that a concern was raised' }).click();
  await prompt.getByLabel('Reference given (if any)').fill('CS-55120');
  await prompt.getByRole('button', { name: 'Save the concern' }).click();
  await expect(prompt.getByText(/Concern raised by .* reference CS-55120/)).toBeVisible();
  await expect(note.getByRole('status').first()).toContainText(/Saved at/);

  // An acronym nobody has explained yet.
  await agenda.getByRole('button', { name: /What we are worried about/ }).click();
  await expect(page.locator('#item-title')).toHaveText(/What we are worried about/);
  await minutes.getByRole('button', { name: 'Add a note' }).click();
  const worry = minutes.getByRole('article').last();
  await worry.getByLabel('Who said it').selectOption({ label: 'Tom Price (Pastoral lead, Greenfield Primary School)' });
  await worry.getByLabel('The worry').fill('Tom will take the attendance worry to the FMASM next week.');
  await worry.getByLabel('What does FMASM stand for?').fill('Family and Multi-Agency Support Meeting');
  await worry.getByRole('button', { name: /Add to my glossary\s*: FMASM/ }).click();
  await expect(worry.getByLabel('What does FMASM stand for?')).toHaveCount(0);
  await expect(worry.getByRole('status').first()).toContainText(/Saved at/);

  await finishMeeting(page, 'Testing the safeguarding prompt.');

  const documents = page.getByRole('region', { name: 'Documents' });
  await expect(documents.getByText(/1 entry uses words that may suggest harm/)).toBeVisible();
  const plan = await downloadFrom(page, () => documents.getByRole('button', { name: 'Download the action plan' }).click());
  expect(plan.xml).not.toContain('hit him');
  expect(plan.xml).not.toContain('CS-55120');
  const record = await downloadFrom(page, () => documents.getByRole('button', { name: 'Download the meeting record' }).click());
  expect(record.xml).toContain('hit him');
  expect(record.xml).toContain('Safeguarding concerns raised');
  expect(record.xml).toContain('CS-55120');
  expect(record.xml).toContain('Abbreviations used');
  expect(record.xml).toContain('Family and Multi-Agency Support Meeting');
});
