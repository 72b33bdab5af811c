// Helpers for the security journeys: the demo family's names (to look for on screen and on disk),
// choosing and typing passphrases through the real pages, and reading every file in a data folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * Words from the demo family that must never be found on disk: names of the family and the team, their
 * school, services, reference, phone numbers and words from the minutes. Each is 5 letters or more and
 * matched with its exact capitals (most hold a space, which base64 never does), so random encrypted
 * bytes cannot hold them by chance.
 */
export const NAMES_ON_DISK = [
  'Fletcher', 'Greenfield', 'Northshire', 'Okafor', 'Nowak',
  'Dawn Fletcher', 'Tom Price', 'Sarah Khan', 'Rhys Evans', 'Grace Okafor', 'Lena Nowak',
  'EH-2026-0147', '01632 960', 'Mornings are a battle', 'free school meals',
];

/** What must be gone from the screen once TAC Chair is locked: names and the family reference. */
export const NAMES_ON_SCREEN = /Fletcher|\bJay\b|\bMia\b|\bDawn\b|Okafor|Nowak|Greenfield|EH-2026-0147/;

export const PASSPHRASE = 'kettle harbour tulip 47';
export const RECOVERY = 'lantern meadow copper 19';

export async function choosePassphrase(page: Page, passphrase = PASSPHRASE, recovery?: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again', { exact: true }).fill(passphrase);
  if (recovery) {
    await page.getByLabel('Recovery passphrase', { exact: true }).fill(recovery);
    await page.getByLabel('Type the recovery passphrase again', { exact: true }).fill(recovery);
  }
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible({ timeout: 20_000 });
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'TAC Chair is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TAC Chair is locked' })).toHaveCount(0, { timeout: 20_000 });
}

/** Nothing about any family is left in the page: not in the text, the markup, the title or form values. */
export async function expectNothingAboutFamilies(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'TAC Chair is locked' })).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(NAMES_ON_SCREEN);
  expect(await page.title()).toBe('Locked – TAC Chair');
  const values = await page.locator('input, textarea, select').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('\n'));
  expect(values).not.toMatch(NAMES_ON_SCREEN);
}

export interface DiskFile {
  relative: string;
  bytes: Buffer;
}

/** Every file under the folder, however deep (backups, quarantine, the audit log, the index). */
export function readEveryFile(dir: string): DiskFile[] {
  const out: DiskFile[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ relative: path.relative(dir, full), bytes: readFileSync(full) });
    }
  };
  walk(dir);
  return out;
}

/** Which of the words appear in the bytes, as UTF-8 (or Latin-1) or UTF-16 text. */
export function wordsFound(bytes: Buffer, words: readonly string[]): string[] {
  const latin = bytes.toString('latin1');
  const utf16 = bytes.toString('utf16le');
  const utf16Odd = bytes.subarray(1).toString('utf16le');
  return words.filter((w) => latin.includes(w) || utf16.includes(w) || utf16Odd.includes(w));
}
