// Crash test: a child process saving continuously through the real encrypted Vault, FamilyStore and
// audit log is killed with SIGKILL at random moments, 200+ times. Every acknowledged save must still be
// readable afterwards, no family may become unreadable, and the audit chain must stay intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { openAppCore } from '../../src/main/app-core';
import { readKeyring, unwrapKey } from '../../src/main/security/keyring';
import { createAesCodec } from '../../src/main/security/cipher';
import { Vault } from '../../src/main/storage/vault';
import { AuditLog } from '../../src/main/security/audit';
import type { RecordCodec } from '../../src/main/storage/codec';
import { demoRecord, tempDir } from './support';

const KILLS = Number(process.env.TAC_KILLS ?? 200);
let bundle: string;
let work: string;

beforeAll(async () => {
  work = tempDir('tac-crash-');
  bundle = path.join(work, 'child.mjs');
  // One bundle (all packages included), so each child starts in well under a second.
  await build({ entryPoints: [path.join(__dirname, 'crash-child.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

/** Start the child, let it save for a random moment (or kill it while it is still opening), SIGKILL it. */
function runOnce(dataDir: string, keyFile: string, round: number, acks: Map<string, number>): Promise<{ acked: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, dataDir, keyFile, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let acked = 0;
    const kill = () => child.kill('SIGKILL');
    const early = Math.random() < 0.2; // sometimes during start-up: index, backups, audit repair
    if (early) setTimeout(kill, Math.random() * 250);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line === 'ready' && !early) setTimeout(kill, 20 + Math.random() * 180);
        const m = /^ack (\S+) (\d+)$/.exec(line);
        if (m) {
          acks.set(m[1], Math.max(acks.get(m[1]) ?? 0, Number(m[2])));
          acked++;
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    setTimeout(kill, 5000).unref(); // never hang
    child.on('close', () => resolve({ acked, stderr }));
  });
}

async function check(dataDir: string, codec: RecordCodec, acks: Map<string, number>): Promise<string[]> {
  const problems: string[] = [];
  const vault = new Vault({ dir: path.join(dataDir, 'vault'), keepBackups: 3 });
  await vault.open(codec);
  const { entries, unreadable, notices } = vault.list();
  if (unreadable.length) problems.push(`unreadable: ${unreadable.map((u) => u.problem).join('; ')}`);
  if (notices.length) problems.push(`restored from an older copy: ${notices.map((n) => n.message).join('; ')}`);
  for (const e of entries) {
    const record = await vault.readFamily(e.id);
    const acked = acks.get(e.id) ?? 0;
    if (record.revision < acked) problems.push(`${e.id}: revision ${record.revision} on disk, but ${acked} was acknowledged`);
    if (e.revision !== record.revision) problems.push(`${e.id}: index says ${e.revision}, file says ${record.revision}`);
  }
  await vault.close();
  return problems;
}

describe('crash safety', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs at random moments`, async () => {
    process.env.TAC_QUIET = '1';
    const dataDir = path.join(work, 'data');
    const keyFile = path.join(work, 'tac.key');
    const core = await openAppCore({ dataDir, host: 'web', keyFile });
    const ids: string[] = [];
    for (const ref of ['EH-2026-1001', 'EH-2026-1002', 'EH-2026-1003']) ids.push((await core.store.create(demoRecord(ref))).id);
    await core.close();
    const codec = createAesCodec(await unwrapKey((await readKeyring(dataDir))!, { kind: 'key-file', path: keyFile }));

    const acks = new Map<string, number>();
    let totalAcked = 0;
    let savingRounds = 0;
    for (let round = 1; round <= KILLS; round++) {
      const { acked, stderr } = await runOnce(dataDir, keyFile, round, acks);
      expect(stderr, `round ${round}`).toBe('');
      totalAcked += acked;
      if (acked > 0) savingRounds++;
      const problems = await check(dataDir, codec, acks);
      expect(problems, `after kill ${round}`).toEqual([]);
    }
    expect(savingRounds).toBeGreaterThan(KILLS / 3);
    expect(totalAcked).toBeGreaterThan(KILLS);

    const audit = new AuditLog({ vaultDir: path.join(dataDir, 'vault'), host: 'web', appVersion: 'crash-test' });
    await audit.open(codec);
    const verdict = await audit.verify();
    expect(verdict.message).toMatch(/^All \d+ entries in the audit log are intact\.$/);
    expect(verdict.checked).toBeGreaterThanOrEqual(totalAcked);
    const backups = await fs.readdir(path.join(dataDir, 'vault', 'backups'));
    expect(backups.filter((b) => /^\d{4}-\d{2}-\d{2}$/.test(b)).length).toBeLessThanOrEqual(3);
    console.log(`crash test: ${KILLS} kills, ${savingRounds} while saving, ${totalAcked} acknowledged saves, ${verdict.checked} audit entries`);
  }, 180_000);
});
