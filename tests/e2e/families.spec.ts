// A lead professional's first day: add a family with children and a grandmother, build the team,
// open support with consent, plan the first meeting — then close the app, start it again, and
// find everything where they left it. axe checks every screen on the way.
import { test, expect } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';
import { expectNoAxeViolations } from './support/axe';

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

test('add a family, its team, support with consent and a meeting; restart; find it all again', async ({ page }) => {
  host = await startHost();
  await page.goto(host.url);

  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No families yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'home (empty)');

  // A failed save shows the error summary, focused, and the page title says Error.
  await page.getByRole('link', { name: 'Add a family' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a family' })).toBeFocused();
  await page.getByRole('button', { name: 'Save family' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Enter a family reference/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Enter the child's first name/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page, 'add a family (errors)');
  await summary.getByRole('link', { name: /Enter a family reference/ }).click();
  await expect(page.locator('#f-reference')).toBeFocused();

  await page.locator('#f-reference').fill('EH-2026-0777');
  await page.locator('#f-children-0-firstName').fill('Łucja');
  await page.locator('#f-children-0-lastName').fill('Wóźniak');
  await page.locator('#f-children-0-dateOfBirth').fill('14');
  await page.locator('#f-children-0-dateOfBirth-month').fill('5');
  await page.locator('#f-children-0-dateOfBirth-year').fill('2016');
  await page.locator('#f-children-0-schoolOrSetting').fill('Brookside Primary School');
  await page.getByRole('button', { name: 'Add another child' }).click();
  await page.locator('#f-children-1-firstName').fill('Kacper');
  await page.locator('#f-children-1-lastName').fill('Wóźniak');
  await page.locator('#f-children-1-dateOfBirth').fill('2');
  await page.locator('#f-children-1-dateOfBirth-month').fill('11');
  await page.locator('#f-children-1-dateOfBirth-year').fill('2020');
  await page.locator('#f-members-0-name').fill('Marta Wóźniak');
  await page.locator('#f-members-0-phone').fill('07700 900 888');
  await page.locator('#f-members-0-languages').fill('Polish, some English');
  await page.getByLabel('Needs an interpreter').first().check();
  await page.getByRole('button', { name: 'Add a family member' }).click();
  await page.locator('#f-members-1-name').fill('Halina Nowak');
  await page.locator('#f-members-1-relationship').selectOption('grandparent');
  await page.locator('#f-members-1-relationshipDetail').fill('Babcia, does the school run');
  await page.locator('fieldset').filter({ hasText: 'Are there kinds of place they would rather not meet?' }).getByLabel('School').check();
  await page.locator('#f-preferences-placesToAvoid').fill('The school office');
  await expectNoAxeViolations(page, 'add a family (filled)');
  await page.getByRole('button', { name: 'Save family' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Łucja and Kacper' })).toBeVisible();
  await expect(page.getByText('Babcia, does the school run')).toBeVisible();
  await expectNoAxeViolations(page, 'family page');
  const familyUrl = page.url();

  // The team.
  await page.getByRole('link', { name: 'Add a professional' }).click();
  await page.getByLabel('Full name').fill('Grace Adeyemi');
  await page.getByLabel('Role').fill('Family support worker');
  await page.getByLabel('Service or organisation').fill('Brookside Early Help');
  await page.getByLabel('Kind of service').selectOption('early-help');
  await page.getByLabel('Phone (optional)').fill('01632 960 777');
  await page.getByLabel('What their service can help with').fill('Visits families at home to help with routines and money worries.');
  await expectNoAxeViolations(page, 'add a professional');
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await page.getByRole('link', { name: 'Add a professional' }).click();
  await page.getByLabel('Full name').fill('Dr Ahmed Patel');
  await page.getByLabel('Role').fill('School nurse');
  await page.getByLabel('Service or organisation').fill('Northshire Community Health');
  await page.getByLabel('Kind of service').selectOption('health');
  await page.getByLabel('What their service can help with').fill('Helps children with health worries such as sleep and eating.');
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.getByRole('link', { name: 'Grace Adeyemi' })).toBeVisible();
  await expect(page.getByText('Helps children with health worries such as sleep and eating.')).toBeVisible();

  // Support for Łucja, with consent that leaves one service out.
  await page.getByRole('link', { name: 'Open support for a child' }).click();
  await page.getByLabel('Łucja').check();
  await page.getByLabel('Who started this support?').fill('Brookside Primary School');
  await page.getByLabel('Lead professional').selectOption({ label: 'Grace Adeyemi, Family support worker (Brookside Early Help)' });
  await page.getByLabel('Their name').fill('Marta Wóźniak');
  await page.getByLabel('Written').check();
  await page.getByLabel('What did they agree can be shared, and with whom?').fill('School, health and early help can share what they know with each other and at meetings.');
  await page.getByLabel('Another service not on the team (optional)').fill('Brookside Housing');
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByLabel('Brookside Housing')).toBeChecked();
  await expectNoAxeViolations(page, 'open support');
  await page.getByRole('button', { name: 'Open support' }).click();
  await expect(page.getByText('Not to be told: Brookside Housing')).toBeVisible();

  // Plan the first meeting at school: the app says it goes against the family's wishes.
  await page.getByRole('link', { name: 'Plan a meeting' }).first().click();
  await page.locator('#f-plan-date').fill('9');
  await page.locator('#f-plan-date-month').fill('12');
  await page.locator('#f-plan-date-year').fill('2026');
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('School', { exact: true }).check();
  await page.getByLabel('Where exactly?').fill('Brookside Primary School, family room');
  await expect(page.getByText('The family asked not to meet at a school venue.')).toBeVisible();
  await page.getByLabel('Where exactly?').fill('Brookside Children’s Centre');
  await page.getByLabel("Community or children's centre").check();
  await expect(page.getByText('The family asked not to meet at a school venue.')).toHaveCount(0);
  await expectNoAxeViolations(page, 'plan a meeting');
  await page.getByRole('button', { name: 'Plan the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First meeting, Wednesday 9 December 2026' })).toBeVisible();
  await expect(page.getByText('Grace Adeyemi (also chairing)')).toBeVisible();
  await expectNoAxeViolations(page, 'meeting page');

  // Close the app and start it again: everything is there.
  host = await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('row', { name: /EH-2026-0777/ })).toContainText('9 December 2026');
  await page.getByLabel('Search by name or reference').fill('wozniak');
  await expect(page.getByRole('link', { name: 'EH-2026-0777' })).toBeVisible();
  await expectNoAxeViolations(page, 'home (with a family)');
  await page.getByRole('link', { name: 'EH-2026-0777' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Łucja and Kacper' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dr Ahmed Patel' })).toBeVisible();
  await expect(page.getByText('Not to be told: Brookside Housing')).toBeVisible();
  await expect(page.getByRole('link', { name: '9 December 2026' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe(new URL(familyUrl).hash);
});

test('the whole family form can be filled and saved with the keyboard alone', async ({ page }) => {
  host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.getByRole('link', { name: 'Add a family' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a family' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#f-reference')).toBeFocused();
  await page.keyboard.type('EH-2026-0888');
  await page.keyboard.press('Tab'); // unborn checkbox
  await page.keyboard.press('Tab');
  await page.keyboard.type('Noor');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2019');
  await page.locator('#f-members-0-name').focus();
  await page.keyboard.type('Sana Malik');
  await page.getByRole('button', { name: 'Save family' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Noor' })).toBeVisible();
});
