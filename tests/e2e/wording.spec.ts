// Every main screen of the demo journey read as a person reads it: no doubled word ("by by"), no doubled
// punctuation ("row.."), no ordinary word with a capital mid-sentence ("through His"). Checker: tests/support/wording.ts.
import { test, expect, type Page } from '@playwright/test';
import { startHost, E2E_TODAY, type RunningHost } from './support/host';
import { wordingSlips, properNouns, describeSlips } from '../support/wording';
import { buildDemoFamily } from '../../src/main/demo/demo-family';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

/** The demo's people, services and places: the proper nouns a screen may use mid-sentence. */
function demoNames(): string[] {
  let n = 0;
  const r = buildDemoFamily(() => `id-${++n}`, E2E_TODAY, `${E2E_TODAY}T09:00:00.000Z`);
  return properNouns([
    ...r.members.map((m) => m.name), ...r.children.map((c) => `${c.firstName ?? ''} ${c.lastName ?? ''} ${JSON.stringify(c)}`),
    ...r.team.flatMap((t) => [t.name, t.agency]), ...r.meetings.map((m) => m.venue), 'Ben Ali', 'Mr Price',
    'Northshire', 'Greenfield', 'Time for Me',
  ]);
}

const slips: string[] = [];
async function check(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  // A tag ("Family said no") is a label beside a sentence, not part of it: read it as its own line.
  const text = await page.evaluate(() => {
    const breaks = [...document.querySelectorAll('.tag')].map((t) => t.appendChild(document.createElement('br')));
    const read = document.body.innerText;
    for (const b of breaks) b.remove();
    return read;
  });
  slips.push(...describeSlips(where, wordingSlips(text, demoNames())));
}

async function go(page: Page, hash: string, where: string, heading?: RegExp | string) {
  await page.goto(`${host.origin}/#${hash}`);
  if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await check(page, where);
}

test('the demo journey’s screens have no doubled words, doubled punctuation or stray capitals', async ({ page }) => {
  host = await startHost({ demo: true });
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'EH-2026-0147' })).toBeVisible();
  await check(page, 'home');
  await page.getByRole('link', { name: 'EH-2026-0147' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jay and Mia' })).toBeVisible();
  await check(page, 'family page');
  const family = new URL(page.url()).hash.replace(/^#/, '');

  const links = await page.locator('a[href*="/support/"], a[href*="/meetings/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of [...new Set(links)].filter((h) => !h.endsWith('/new') && !h.endsWith('/run'))) {
    await go(page, href.replace(/^#/, ''), href.includes('/support/') ? 'support page' : 'meeting page');
  }
  await go(page, `${family}/attendance`, 'attendance history', /Attendance/);
  // Each person beside their service: the school nurse's updates do not hide the health visitor's missed meetings.
  const health = page.getByRole('table', { name: 'Attendance of each service and the family at each meeting' }).getByRole('row', { name: /Northshire Community Health/ });
  await expect(health).toContainText('Rhys Evans: ');
  await expect(health).toContainText('Sarah Khan: ');

  // Chair the planned review: every item of the workspace, an action kept, a child's views passed on.
  await page.goto(`${host.origin}/#${family}`);
  await page.getByRole('link', { name: 'Chair the next meeting' }).click();
  await check(page, 'start screen');
  await page.getByRole('radio', { name: /^The planned date/ }).check();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  const title = page.locator('#item-title');
  for (let guard = 0; guard < 40; guard++) {
    const now = (await title.textContent()) ?? '';
    if (now === 'Who is here and what each service can help with') {
      await page.getByLabel('Jay Fletcher: How their views were heard').selectOption({ label: 'Gave their views beforehand' });
      await page.getByLabel('Who did they tell?').fill('His class teacher');
      await page.getByLabel('Who did they tell?').blur();
    }
    if (now === 'Is this better for you?') {
      // Typed with its own full stop: the message reads "…in a row.", never "row..".
      await page.getByRole('button', { name: 'Agree a new outcome' }).click();
      await page.getByLabel('Who is it for?').selectOption({ label: 'Jay Fletcher' });
      await page.getByLabel('What will be different for Jay?').fill('Jay gets to school on time five days in a row.');
      await page.getByRole('button', { name: 'Agree this outcome' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Agreed: Jay gets' })).toHaveText(/Agreed: Jay gets to school on time five days in a row\.$/);
    }
    if (now === 'Who will do what, by when') {
      await page.getByLabel('Type it as people say it, then press Enter').fill('Lena to visit Dawn at home by next Friday.');
      await page.keyboard.press('Enter');
      const keep = page.getByRole('button', { name: /^Keep/ });
      if (await keep.count()) await keep.first().click();
      await expect(page.locator('.capture__said')).toBeVisible();
    }
    await check(page, `workspace: ${now}`);
    if (now.startsWith('What happens next')) {
      // "2 of 7 things are still to do" counts the checks listed, no more.
      const hint = (await page.locator('.closing-panel > .hint').textContent()) ?? '';
      const total = /of (\d+) things? (is|are) still to do/.exec(hint)?.[1];
      if (total) expect(Number(total), hint).toBe(await page.locator('.closing-panel .checks > li').count());
      break;
    }
    const before = now;
    await page.getByRole('button', { name: /^Next item:/ }).click();
    await expect(title).not.toHaveText(before);
  }
  const meeting = new URL(page.url()).hash.replace(/^#/, '').replace(/\/run$/, '');
  await page.goto(`${host.origin}/#${meeting}/family-view`);
  await check(page, 'family screen');

  // Ending support while the meeting is under way warns first.
  const support = links.find((h) => h.includes('/support/') && !h.endsWith('/new'))!;
  await page.goto(`${host.origin}/${support.startsWith('#') ? support : `#${support}`}?do=close`);
  await expect(page.getByText(/A meeting about .+ is under way/)).toBeVisible();
  await check(page, 'ending support during a meeting');

  await page.goto(`${host.origin}/#${meeting}/run`);
  await page.getByLabel('By hand', { exact: false }).first().check();
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  const reason = page.getByLabel('Why are you finishing without these?');
  if (await reason.count()) {
    await reason.fill('Checked with Dawn after the meeting.');
    await page.getByRole('button', { name: 'Finish anyway' }).click();
  }
  await expect(page.getByRole('heading', { name: 'This meeting has finished' })).toBeVisible();
  await check(page, 'finished screen');
  await go(page, `${family}/attendance`, 'attendance history after the meeting', /Attendance/);

  await go(page, meeting, 'meeting page after the meeting');

  // A copy of the plan given by hand, recorded after the meeting.
  await page.goto(`${host.origin}/#${meeting}/run`);
  await page.getByRole('button', { name: 'Record as sent to Dawn Fletcher' }).click();
  await page.getByLabel('By hand', { exact: true }).check();
  await page.getByRole('button', { name: 'Record as sent', exact: true }).click();
  await expect(page.getByText(/^Recorded: .* sent to Dawn Fletcher/)).toBeVisible();
  await check(page, 'finished screen after recording a copy sent');

  // Planning a meeting with no chair: the errors name only fields on the form.
  await page.goto(`${host.origin}/#${family}/meetings/new`);
  await page.getByLabel('Who will chair?').selectOption({ value: '' });
  await page.getByRole('button', { name: 'Plan the meeting' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose');
  await expect(page.getByRole('alert')).not.toContainText('minutes');
  await check(page, 'plan a meeting with errors');

  expect(slips, slips.join('\n')).toEqual([]);
});
