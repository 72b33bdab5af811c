// Keeping children's records safe, as a person meets it: choosing a passphrase on the first page,
// locking (button, shortcut, time without use) with nothing left on screen, unlocking with a pasted
// passphrase or the recovery passphrase, settings, the audit log, a subject access copy, erasure and
// the review for deletion — and after a whole meeting, no name of the demo family anywhere on disk.
import { readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';
import { expectNoAxeViolations } from './support/axe';
import {
  NAMES_ON_DISK, NAMES_ON_SCREEN, PASSPHRASE, RECOVERY, choosePassphrase, expectNothingAboutFamilies, readEveryFile, unlock, wordsFound,
} from './support/security';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

async function openDemoFamily(page: Page) {
  await page.getByRole('link', { name: 'EH-2026-0147' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();
}

test('first page: choose a passphrase; Lock and Ctrl+L clear the screen; unlock with a pasted passphrase; restart and unlock', async ({ page, context }) => {
  host = await startHost({ demo: true, passphrase: true });
  await page.goto(host.url);

  // A new TAC Chair asks for a passphrase before anything else, and explains mistakes.
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'choose a passphrase');
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Use at least 10 characters');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page, 'choose a passphrase (errors)');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again', { exact: true }).fill('kettle harbour tulip 48');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(summary).toContainText('The passphrases do not match');
  await choosePassphrase(page, PASSPHRASE);

  // The demo family is there; the window title carries its reference, never a name.
  await openDemoFamily(page);
  await expect(page).toHaveTitle('Family EH-2026-0147 – TAC Chair');
  const familyUrl = page.url();

  // Lock with the button: the screen is cleared and shows only the unlock page.
  await page.getByRole('button', { name: /Lock TAC Chair/ }).click();
  await expectNothingAboutFamilies(page);
  await expect(page.getByText('You locked TAC Chair.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'lock screen');

  // The host refuses every call now, whoever asks.
  const refused = await page.request.post(`${host.origin}/api/families.list`, { data: {}, headers: { Origin: host.origin } });
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'locked' } });

  // A wrong passphrase is explained; a pasted one works (paste is never blocked).
  await page.getByLabel('Passphrase', { exact: true }).fill('kettle harbour tulip 00');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('That passphrase is not right');
  await expectNoAxeViolations(page, 'unlock (wrong passphrase)');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), PASSPHRASE);
  const box = page.getByLabel('Passphrase', { exact: true });
  await expect(box).toHaveAttribute('type', 'password');
  await expect(box).toHaveAttribute('autocomplete', 'current-password');
  await box.fill('');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Back where they were.
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();
  expect(page.url()).toBe(familyUrl);

  // Lock with the shortcut.
  await page.keyboard.press('Control+L');
  await expectNothingAboutFamilies(page);
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();

  // Close TAC Chair and start it again: it asks to unlock (not to choose again), and the records are there.
  host = await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'TAC Chair is locked' })).toBeVisible();
  await expectNoAxeViolations(page, 'unlock after a restart');
  await unlock(page);
  await expect(page.getByRole('link', { name: 'EH-2026-0147' })).toBeVisible();
});

test('a whole meeting leaves no name of the family on disk, in a file name or in a window title', async ({ page }) => {
  host = await startHost({ demo: true, passphrase: true });
  // Every window title the app ever sets is noted.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __titles: string[] }).__titles = seen;
    const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!;
    Object.defineProperty(Document.prototype, 'title', {
      configurable: true,
      get() {
        return title.get!.call(this);
      },
      set(value: string) {
        seen.push(String(value));
        title.set!.call(this, value);
      },
    });
  });
  await page.goto(host.url);
  await choosePassphrase(page, PASSPHRASE, RECOVERY);
  await openDemoFamily(page);

  // Start the review.
  await page.getByRole('row', { name: /Planned/ }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Get ready to chair' }).click();
  await page.getByRole('radio', { name: /^The planned date/ }).check();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await expect(agenda).toBeVisible();

  // Attendance.
  await agenda.getByRole('button', { name: /Who is here/ }).click();
  await expect(page.locator('#item-title')).toContainText('Who is here');
  await page.getByLabel('Dawn Fletcher: How they took part').selectOption({ label: 'Came in person' });
  await expect(page.getByText('Saved: Dawn Fletcher, came in person.')).toBeVisible();

  // A note in the minutes.
  await agenda.getByRole('button', { name: /What has gone well/ }).click();
  await expect(page.locator('#item-title')).toContainText('gone well');
  const minutes = page.getByRole('region', { name: 'Minutes for this item' });
  await minutes.getByRole('button', { name: 'Add a note' }).click();
  await minutes.getByRole('article').last().getByLabel('What is going well').fill('Jay goes to the Wobbleton breakfast club with Pat Fletcher on Tuesdays.');
  await expect(minutes.getByRole('status').filter({ hasText: /Saved at \d\d:\d\d/ })).toHaveCount(1);

  // An action agreed in one line.
  const capture = page.locator('#capture-line');
  await capture.fill('Lena to book Jay into the Quintessa holiday club by Friday');
  await capture.press('Enter');
  await page.getByRole('button', { name: 'Keep this action' }).click();
  await expect(page.locator('.capture__said')).toContainText('Kept:');

  // Finish.
  await agenda.getByRole('button', { name: /What happens next/ }).click();
  await expect(page.locator('#item-title')).toContainText('What happens next');
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  await page.getByLabel('Why are you finishing without these?').fill('A short test meeting; Lena Nowak will add the rest today.');
  await page.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(page.getByRole('heading', { name: 'This meeting has finished' })).toBeVisible();

  const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
  expect(titles.length).toBeGreaterThan(3);
  for (const title of titles) expect(title, 'window title').not.toMatch(/Fletcher|\bJay\b|\bMia\b|\bDawn\b|\bPat\b|Okafor|Nowak|Price|Khan|Evans/);

  // The next day: yesterday's backup is there, and the first save of the day backs up every family first.
  await host.stop();
  const backups = path.join(host.dataDir, 'vault', 'backups');
  for (const day of readdirSync(backups)) renameSync(path.join(backups, day), path.join(backups, '2026-01-01'));
  host = await host.restart();
  await page.goto(host.url);
  await unlock(page, PASSPHRASE);
  await openDemoFamily(page);
  await page.getByRole('link', { name: /^Change/ }).first().click();
  await page.locator('#f-preferences-bestTimes').fill('Mornings after 9.30am, on Tuesdays and Thursdays');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();

  await host.stop();
  const files = readEveryFile(host.dataDir);
  // The journey really reached the disk: the family file, its backup, the index, the audit log, the keyring.
  const names = files.map((f) => f.relative.replaceAll('\\', '/'));
  expect(names.some((n) => /^vault\/families\/[^/]+\.tac$/.test(n))).toBe(true);
  expect(names.some((n) => /^vault\/backups\/\d{4}-\d\d-\d\d\/families\/[^/]+\.tac$/.test(n))).toBe(true);
  expect(names.some((n) => /^vault\/families\/[^/]+\.tac\.bak$/.test(n))).toBe(true);
  expect(names.some((n) => /^vault\/audit\//.test(n))).toBe(true);
  expect(names).toContain('vault/index.tac');
  expect(names).toContain('keyring.json');
  const words = [...NAMES_ON_DISK, 'Wobbleton', 'Quintessa', PASSPHRASE, RECOVERY];
  const found = files.flatMap((f) => [
    ...wordsFound(Buffer.from(f.relative), words).map((w) => `${w} in the file name ${f.relative}`),
    ...wordsFound(f.bytes, words).map((w) => `${w} in ${f.relative}`),
  ]);
  expect(found).toEqual([]);
});

test('settings: lock time, backups, passphrase and recovery passphrase; it locks itself after the minutes chosen', async ({ page }) => {
  host = await startHost({ demo: true, passphrase: true });
  await page.clock.install();
  await page.goto(host.url);
  await choosePassphrase(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('.summary-list__row').filter({ hasText: 'Lock after' })).toContainText('10 minutes without use');
  await expect(page.locator('.summary-list__row').filter({ hasText: 'Recovery passphrase' })).toContainText('Not set');
  await expectNoAxeViolations(page, 'settings');

  // When to lock: checked, then saved.
  await page.getByRole('link', { name: 'Change when TAC Chair locks itself' }).click();
  await page.getByLabel('Minutes without use before it locks').fill('90');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter 60 or fewer');
  await expectNoAxeViolations(page, 'lock time (errors)');
  await page.getByLabel('Minutes without use before it locks').fill('1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('TAC Chair will lock itself after 1 minute without use.')).toBeVisible();

  // Backups.
  await page.getByRole('link', { name: 'Change how many daily backups are kept' }).click();
  await page.getByLabel('Days of backups to keep').fill('14');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.summary-list__row').filter({ hasText: 'Daily backups kept' })).toContainText('The last 14 days');

  // A recovery passphrase needs the current passphrase.
  await page.getByRole('link', { name: 'Change the recovery passphrase' }).click();
  await page.getByLabel('Current passphrase', { exact: true }).fill('not the passphrase 1');
  await page.getByLabel('Recovery passphrase', { exact: true }).fill(RECOVERY);
  await page.getByLabel('Type the recovery passphrase again', { exact: true }).fill(RECOVERY);
  await page.getByRole('button', { name: 'Save recovery passphrase' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('That passphrase is not right');
  await expectNoAxeViolations(page, 'recovery passphrase (errors)');
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Save recovery passphrase' }).click();
  await expect(page.getByText('The recovery passphrase has been set.')).toBeVisible();
  await expect(page.locator('.summary-list__row').filter({ hasText: 'Recovery passphrase' })).toContainText('Set');

  // Change the passphrase.
  const next = 'window orchard pebble 82';
  await page.getByRole('link', { name: 'Change the passphrase' }).click();
  await expectNoAxeViolations(page, 'change passphrase');
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase has been changed.')).toBeVisible();

  // A minute without use: it locks itself and says why; the new passphrase opens it.
  await openFamilyFromHome(page);
  await page.clock.fastForward('01:10');
  await expectNothingAboutFamilies(page);
  await expect(page.getByText('TAC Chair locked itself after 1 minute without use')).toBeVisible();
  await unlock(page, next);
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();
});

async function openFamilyFromHome(page: Page) {
  await page.getByRole('link', { name: 'Families', exact: true }).click();
  await openDemoFamily(page);
}

test('forgotten passphrase: unlock with the recovery passphrase and choose a new one', async ({ page }) => {
  host = await startHost({ demo: true, passphrase: true });
  await page.goto(host.url);
  await choosePassphrase(page, PASSPHRASE, RECOVERY);
  await page.getByRole('button', { name: /Lock TAC Chair/ }).click();
  await page.getByText('I have forgotten my passphrase').click();
  await page.getByRole('button', { name: 'Use the recovery passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock with the recovery passphrase' })).toBeVisible();
  await expectNoAxeViolations(page, 'unlock with the recovery passphrase');
  const fresh = 'river candle mosaic 33';
  await page.getByLabel('Recovery passphrase', { exact: true }).fill('wrong recovery words 1');
  await page.getByLabel('New passphrase', { exact: true }).fill(fresh);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(fresh);
  await page.getByRole('button', { name: 'Unlock and save the new passphrase' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('That recovery passphrase is not right');
  await page.getByLabel('Recovery passphrase', { exact: true }).fill(RECOVERY);
  await page.getByRole('button', { name: 'Unlock and save the new passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Control+L');
  await expectNothingAboutFamilies(page);
  await unlock(page, fresh);
});

test('audit log, a subject access copy, erasure and the review for deletion', async ({ page }) => {
  host = await startHost({ demo: true, passphrase: true });
  await page.goto(host.url);
  await choosePassphrase(page);

  // An old family whose records have been kept long enough: children now adults, support ended in 2015.
  const call = async (name: string, data: unknown) => {
    const res = await page.request.post(`${host.origin}/api/${name}`, { data, headers: { Origin: host.origin } });
    const body = await res.json();
    expect(body.ok, `${name}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.value;
  };
  let old = await call('families.create', {
    reference: 'EH-2013-0042',
    children: [{ firstName: 'Sam', lastName: 'Old', dateOfBirth: '1995-04-01' }],
    members: [{ name: 'Alex Old', relationship: 'mother' }],
  });
  old = await call('team.save', { familyId: old.id, member: { name: 'Kim Lee', role: 'Family support worker', agency: 'Early Help', agencyKind: 'early-help' } });
  old = await call('episodes.open', {
    familyId: old.id, childId: old.children[0].id, openedOn: '2013-02-01', startedBy: 'The school', reason: 'Help at home',
    leadProfessionalId: old.team[0].id, familyAgreedToLead: 'yes',
    consent: { givenBy: 'parent', givenByName: 'Alex Old', form: 'written', date: '2013-02-01', scope: 'Share with the team' },
  });
  await call('episodes.close', { familyId: old.id, episodeId: old.episodes[0].id, closedOn: '2015-03-31', closureReason: 'needs-met', closureNote: '' });

  // The home screen prompts a review; the records page lists the family and deletes nothing itself.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Families', exact: true }).click();
  await expect(page.getByText('1 family is due a review for deletion')).toBeVisible();
  await page.getByRole('link', { name: 'Review them' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review for deletion' })).toBeVisible();
  await expect(page.getByRole('row', { name: /EH-2013-0042/ })).toContainText('Review for deletion');
  await expect(page.getByRole('row', { name: /EH-2026-0147/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'review for deletion');

  // Subject access: a Word copy and the JSON, downloaded by the browser.
  await page.getByRole('link', { name: 'Families', exact: true }).click();
  await openDemoFamily(page);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Download everything we hold (Word and JSON)' }).click();
  await expect(page.getByText('The copy of everything held about this family has been downloaded.')).toBeVisible();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.some((n) => /^subject-access-.+\.docx$/.test(n))).toBe(true);
  expect(downloads.some((n) => /^subject-access-.+\.json$/.test(n))).toBe(true);
  for (const name of downloads) expect(name).not.toMatch(NAMES_ON_SCREEN);

  // Erasure: a clear warning, and the reference typed exactly.
  await page.getByRole('link', { name: 'Families', exact: true }).click();
  await page.getByRole('link', { name: 'EH-2013-0042' }).click();
  await page.getByRole('link', { name: 'Erase this family’s records' }).click();
  await expect(page.getByText(/Erasing cannot be undone\./)).toBeVisible();
  await expectNoAxeViolations(page, 'erase a family');
  await page.getByLabel(/To confirm, type the family reference/).fill('EH-2013-0043');
  await page.getByRole('button', { name: 'Erase this family’s records' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('does not match');
  await page.getByLabel(/To confirm, type the family reference/).fill('EH-2013-0042');
  await page.getByRole('button', { name: 'Erase this family’s records' }).click();
  await expect(page.getByText(/Family EH-2013-0042: The family’s records were erased from this computer/)).toBeVisible();
  await expect(page.getByText('No families are due a review for deletion.')).toBeVisible();

  // The audit log: entries with plain words and references, the chain intact, an export for the DPO.
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByText('The log has not been tampered with')).toBeVisible();
  const table = page.getByRole('table', { name: 'Audit log entries, newest first' });
  await expect(table.getByRole('row').filter({ hasText: 'Erased' }).first()).toContainText('Not on this computer now');
  await expect(table.getByRole('row').filter({ hasText: 'Exported or saved a copy' }).first()).toContainText('EH-2026-0147');
  await expect(table.getByRole('row').filter({ hasText: 'Unlocked TAC Chair' }).first()).toBeVisible();
  await expect(table).not.toContainText('EH-2013-0042');
  await expectNoAxeViolations(page, 'audit log');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks as Buffer[]).toString('utf8'));
  expect(text).toContain('When (UTC)');
  expect(text).not.toMatch(/Fletcher|EH-2026-0147/);
  await page.getByLabel('Show entries about').selectOption({ label: 'Family EH-2026-0147' });
  await expect(table.getByRole('row').nth(1)).toContainText('EH-2026-0147');
});
