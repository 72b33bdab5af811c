// Locked and unlocked: a host without a key starts locked and answers every method except
// vault.* with a plain "locked" error; locking drops the key and the cached records.
import { describe, expect, it, vi } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { METHOD_NAMES } from '../../src/api';
import { KeyringError } from '../../src/main/security/keyring-error';
import { familyInput } from '../support/fixtures';
import { mockKeyStore, openCore, tempDir, value } from './support';

const LOCKED = { code: 'locked', message: 'TAC Chair is locked. Unlock it to carry on.' };
const PASS = 'kettle harbour tulip';

describe('locked until unlocked', () => {
  it('a new host without a key is "new": every method but app.info and vault.status/create/unlock answers locked', async () => {
    const core = await openCore(tempDir());
    expect((await value(core, 'vault.status')).state).toBe('new');
    // app.info tells the version, the host and the clock: nothing about any family.
    const open = new Set(['app.info', 'vault.status', 'vault.create', 'vault.unlock', 'vault.unlockWithRecovery', 'vault.lock']);
    for (const name of METHOD_NAMES.filter((n) => !open.has(n))) {
      const result = await core.dispatch(name, { familyId: 'family0001' });
      expect(result, name).toEqual({ ok: false, error: LOCKED });
    }
    await core.close();
  });

  it('first run: choosing a passphrase unlocks; after a restart it starts locked and the passphrase opens it', async () => {
    const dir = tempDir();
    const first = await openCore(dir);
    const weak = await first.dispatch('vault.create', { passphrase: 'short' });
    expect(weak.ok).toBe(false);
    if (!weak.ok) expect(weak.error.fields?.passphrase).toMatch(/at least 10 characters/);
    expect((await value(first, 'vault.create', { passphrase: PASS })).state).toBe('unlocked');
    const family = await value(first, 'families.create', familyInput('EH-2026-0801'));
    await first.close();

    const second = await openCore(dir);
    expect((await value(second, 'vault.status')).state).toBe('locked');
    expect(await second.dispatch('families.get', { familyId: family.id })).toEqual({ ok: false, error: LOCKED });
    const wrong = await second.dispatch('vault.unlock', { passphrase: 'kettle harbour tulips' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'That passphrase is not right', fields: { passphrase: 'That passphrase is not right' } } });
    expect((await value(second, 'vault.unlock', { passphrase: PASS })).state).toBe('unlocked');
    expect((await value(second, 'families.get', { familyId: family.id })).reference).toBe('EH-2026-0801');
    await second.close();
  });

  it('vault.lock drops the key, forgets cached records and closes the vault; unlocking brings them back', async () => {
    const dir = tempDir();
    const core = await openCore(dir);
    await value(core, 'vault.create', { passphrase: PASS });
    const family = await value(core, 'families.create', familyInput('EH-2026-0802'));
    await value(core, 'families.get', { familyId: family.id }); // now cached
    const status = await value(core, 'vault.lock');
    expect(status.state).toBe('locked');
    expect(core.vault.isOpen).toBe(false);
    expect(() => core.vault.list()).toThrow(/locked/);
    expect(await core.dispatch('families.get', { familyId: family.id })).toEqual({ ok: false, error: LOCKED });
    expect(await core.dispatch('families.list', {})).toEqual({ ok: false, error: LOCKED });
    await value(core, 'vault.unlock', { passphrase: PASS });
    expect((await value(core, 'families.list')).total).toBe(1);
    await core.close();
  });

  it('asks the person to wait after several wrong passphrases', async () => {
    const core = await openCore(tempDir());
    await value(core, 'vault.create', { passphrase: PASS });
    await value(core, 'vault.lock');
    for (let i = 0; i < 3; i++) await core.dispatch('vault.unlock', { passphrase: `wrong guess number ${i}` });
    const blocked = await core.dispatch('vault.unlock', { passphrase: PASS });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/^Too many tries\. Wait \d+ seconds? and try again\.$/) } });
    expect((await value(core, 'vault.status')).waitSeconds).toBeGreaterThan(0);
    await core.close();
  });

  it('one throttle for every passphrase check: changing the passphrase is throttled too, and a restart keeps the wait', async () => {
    const dir = tempDir();
    const core = await openCore(dir);
    await value(core, 'vault.create', { passphrase: PASS });
    for (let i = 0; i < 3; i++) {
      const wrong = await core.dispatch('vault.changePassphrase', { currentPassphrase: `wrong guess ${i}`, newPassphrase: 'a brand new long passphrase' });
      expect(wrong.ok).toBe(false);
    }
    const blocked = await core.dispatch('vault.setRecoveryPassphrase', { passphrase: PASS, recoveryPassphrase: 'lantern meadow copper' });
    expect(blocked).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Too many tries\. Wait \d+ seconds? and try again\.$/) } });
    await core.close();
    const again = await openCore(dir);
    expect((await value(again, 'vault.status')).waitSeconds).toBeGreaterThan(0);
    const stillBlocked = await again.dispatch('vault.unlock', { passphrase: PASS });
    expect(stillBlocked).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Too many tries/) } });
    await again.close();
  });

  it('a burst of guesses is checked one at a time: after three wrong answers the rest wait', async () => {
    const core = await openCore(tempDir());
    await value(core, 'vault.create', { passphrase: PASS });
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => core.dispatch('vault.changePassphrase', { currentPassphrase: `burst guess ${i}`, newPassphrase: 'a brand new long passphrase' })),
    );
    const checked = answers.filter((a) => !a.ok && !/^Too many tries/.test(a.error.message));
    expect(checked).toHaveLength(3);
    await core.close();
  });

  it('the recovery passphrase unlocks when the passphrase is forgotten, and sets a new one', async () => {
    const dir = tempDir();
    const core = await openCore(dir);
    await value(core, 'vault.create', { passphrase: PASS, recoveryPassphrase: 'lantern meadow copper' });
    expect((await value(core, 'vault.status')).hasRecovery).toBe(true);
    await value(core, 'vault.lock');
    const status = await value(core, 'vault.unlockWithRecovery', { recoveryPassphrase: 'lantern meadow copper', newPassphrase: 'orchard velvet candle' });
    expect(status).toMatchObject({ state: 'unlocked', unlockedWith: 'recovery' });
    await value(core, 'vault.lock');
    expect((await core.dispatch('vault.unlock', { passphrase: PASS })).ok).toBe(false);
    await value(core, 'vault.unlock', { passphrase: 'orchard velvet candle' });
    await core.close();
  });

  it('setting a recovery passphrase or a new passphrase needs the current passphrase', async () => {
    const core = await openCore(tempDir());
    await value(core, 'vault.create', { passphrase: PASS });
    const noCurrent = await core.dispatch('vault.setRecoveryPassphrase', { recoveryPassphrase: 'lantern meadow copper' });
    expect(noCurrent).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const wrong = await core.dispatch('vault.changePassphrase', { currentPassphrase: 'not my passphrase', newPassphrase: 'orchard velvet candle' });
    expect(wrong).toMatchObject({ ok: false, error: { message: 'That passphrase is not right' } });
    await value(core, 'vault.setRecoveryPassphrase', { passphrase: PASS, recoveryPassphrase: 'lantern meadow copper' });
    await value(core, 'vault.changePassphrase', { currentPassphrase: PASS, newPassphrase: 'orchard velvet candle' });
    await value(core, 'vault.lock');
    await value(core, 'vault.unlock', { passphrase: 'orchard velvet candle' });
    await core.close();
  });
});

describe('unattended unlock (browser host --key-file, Electron key store)', () => {
  it('a key file starts the host unlocked, creating the key (mode 0600) on first run', async () => {
    const dir = tempDir();
    const keyFile = path.join(tempDir('tac-key-'), 'tac.key');
    const first = await openCore(dir, { keyFile });
    expect(first.session.status()).toMatchObject({ state: 'unlocked', unlockedWith: 'key-file', hasKeyFile: true, hasPassphrase: false });
    const family = await value(first, 'families.create', familyInput('EH-2026-0803'));
    await first.close();
    if (process.platform !== 'win32') expect((await fs.stat(keyFile)).mode & 0o777).toBe(0o600);
    const second = await openCore(dir, { keyFile });
    expect((await value(second, 'families.get', { familyId: family.id })).reference).toBe('EH-2026-0803');
    await second.close();
  });

  it('refuses to start with the wrong key file, and changes nothing', async () => {
    const dir = tempDir();
    const keys = tempDir('tac-key-');
    const first = await openCore(dir, { keyFile: path.join(keys, 'right.key') });
    await value(first, 'families.create', familyInput('EH-2026-0804'));
    await first.close();
    const before = await fs.readdir(path.join(dir, 'vault', 'families'));
    await fs.writeFile(path.join(keys, 'wrong.key'), Buffer.alloc(32, 1));
    const err = await openCore(dir, { keyFile: path.join(keys, 'wrong.key') }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(KeyringError);
    expect((err as Error).message).toMatch(/does not unlock this vault/);
    expect(await fs.readdir(path.join(dir, 'vault', 'families'))).toEqual(before);
  });

  it('a key file new to a passphrase vault: starts locked, one passphrase unlock links it, then it unlocks alone', async () => {
    const dir = tempDir();
    const keyFile = path.join(tempDir('tac-key-'), 'tac.key');
    const first = await openCore(dir);
    await value(first, 'vault.create', { passphrase: PASS });
    await first.close();
    const second = await openCore(dir, { keyFile });
    expect(second.session.status()).toMatchObject({ state: 'locked', problem: expect.stringMatching(/new to this vault/) });
    await value(second, 'vault.unlock', { passphrase: PASS });
    await second.close();
    const third = await openCore(dir, { keyFile });
    expect(third.session.status()).toMatchObject({ state: 'unlocked', unlockedWith: 'key-file' });
    await third.close();
  });

  it('Electron: the OS key store unlocks at start; if the keychain is lost, the passphrase unlocks and re-links it', async () => {
    const dir = tempDir();
    const keyStore = mockKeyStore();
    const first = await openCore(dir, { host: 'electron', osKey: keyStore });
    await value(first, 'vault.create', { passphrase: PASS });
    expect(first.session.status().hasOsKey).toBe(true);
    await first.close();

    const second = await openCore(dir, { host: 'electron', osKey: keyStore });
    expect(second.session.status()).toMatchObject({ state: 'unlocked', unlockedWith: 'safeStorage' });
    await second.close();

    const newLaptop = mockKeyStore(); // a different keychain: cannot unwrap the stored copy
    const third = await openCore(dir, { host: 'electron', osKey: newLaptop });
    expect(third.session.status()).toMatchObject({ state: 'locked', problem: expect.stringMatching(/key store could not unlock/) });
    await value(third, 'vault.unlock', { passphrase: PASS });
    await third.close();
    const fourth = await openCore(dir, { host: 'electron', osKey: newLaptop });
    expect(fourth.session.status().state).toBe('unlocked');
    await fourth.close();
  });

  it('does not use a key store that is only a hard-coded password (Linux basic_text)', async () => {
    const dir = tempDir();
    const weak = Object.assign(mockKeyStore(), { backend: 'basic_text' });
    const core = await openCore(dir, { host: 'electron', osKey: weak });
    await value(core, 'vault.create', { passphrase: PASS });
    expect(core.session.status().hasOsKey).toBe(false);
    expect(weak.calls).toBe(0);
    await core.close();
  });

  it('locks itself after a time without use when auto-lock is on', async () => {
    const core = await openCore(tempDir(), { autoLockMinutes: 0.002 }); // about 120 ms
    await value(core, 'vault.create', { passphrase: PASS });
    await new Promise((r) => setTimeout(r, 400));
    expect(core.session.status().state).toBe('locked');
    await core.close();
  });

  it('the browser host locks itself after the user’s "lock after" time with no call, even with no page open', async () => {
    const core = await openCore(tempDir(), { host: 'web' });
    await value(core, 'vault.create', { passphrase: PASS });
    await value(core, 'vault.setLockAfter', { minutes: 3 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      core.session.touch(); // the last call, as the host sees it
      vi.advanceTimersByTime(2.9 * 60_000);
      expect(core.session.status().state).toBe('unlocked');
      vi.advanceTimersByTime(0.2 * 60_000);
    } finally {
      vi.useRealTimers();
    }
    await expect.poll(() => core.session.status().state).toBe('locked');
    expect((await core.dispatch('families.list', {})).ok).toBe(false);
    await core.close();
  });
});

describe('plain answers when a vault cannot be unlocked here', () => {
  it('a key-file vault started without its key file says how to start it', async () => {
    const dir = tempDir();
    const keyFile = path.join(tempDir('tac-key-'), 'tac.key');
    await (await openCore(dir, { keyFile })).close();
    const core = await openCore(dir);
    expect(core.session.status()).toMatchObject({ state: 'locked', hasPassphrase: false, problem: expect.stringMatching(/Start TAC Chair with the key file \(--key-file PATH\)/) });
    await core.close();
  });

  it('a vault whose keyring.json is missing will not be set up again over its locked records', async () => {
    const dir = tempDir();
    const first = await openCore(dir, { keyFile: `${dir}.key` });
    await value(first, 'families.create', familyInput('EH-2026-0805'));
    await first.close();
    await fs.rm(path.join(dir, 'keyring.json'));
    await fs.rm(path.join(dir, 'keyring.json.bak'), { force: true });
    const core = await openCore(dir);
    expect(core.session.status()).toMatchObject({ state: 'new', problem: expect.stringMatching(/key list \(keyring\.json\) is missing.*do not set up a new passphrase/) });
    const create = await core.dispatch('vault.create', { passphrase: PASS });
    expect(create).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await fs.readdir(path.join(dir, 'vault', 'families'))).toHaveLength(1);
    await core.close();
  });
});
