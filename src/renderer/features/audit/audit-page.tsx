// The audit log: who opened, changed, exported or erased which family's records and when (ids only,
// no content), whether the log has been tampered with, and an export for a data protection officer.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api-client';
import { Page, Loading, Problem } from '../../ui/page';
import { Button, Notice } from '../../ui/bits';
import { Select } from '../../ui/fields';
import type { Output } from '../../../api';
import { describeSaved, saveExportedFile } from '../records/save-file';
import { actionWords, whenWords } from './audit-words';
import '../security/security.css';

type Entry = Output<'audit', 'list'>['entries'][number];
type Verdict = Output<'audit', 'verify'>;

const PAGE = 200;

export function AuditPage() {
  const [entries, setEntries] = useState<Entry[] | undefined>();
  const [limit, setLimit] = useState(PAGE);
  const [familyId, setFamilyId] = useState('');
  const [verdict, setVerdict] = useState<Verdict | undefined>();
  const [references, setReferences] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<string | undefined>();
  const [exported, setExported] = useState<{ tone: 'success' | 'problem'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.families.list({ query: '' }).then((r) => {
      if (!r.ok) return;
      const map = new Map<string, string>();
      for (const f of r.value.families) map.set(f.id, f.reference);
      for (const u of r.value.unreadable) if (u.reference) map.set(u.id, u.reference);
      setReferences(map);
    });
    void api.audit.verify().then((r) => (r.ok ? setVerdict(r.value) : setProblem(r.error.message)));
  }, []);

  useEffect(() => {
    void api.audit.list({ limit, ...(familyId ? { familyId } : {}) }).then((r) => (r.ok ? setEntries(r.value.entries) : setProblem(r.error.message)));
  }, [limit, familyId]);

  const options = useMemo(
    () => [...references.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([id, reference]) => ({ value: id, label: `Family ${reference}` })),
    [references],
  );

  const exportLog = async (format: 'csv' | 'json') => {
    setBusy(true);
    setExported(undefined);
    try {
      const result = await api.audit.export({ format });
      if (!result.ok) return setExported({ tone: 'problem', text: result.error.message });
      setVerdict(result.value.verdict);
      const outcome = await saveExportedFile(result.value.file);
      if (!outcome.saved && outcome.message) return setExported({ tone: 'problem', text: outcome.message });
      setExported({ tone: 'success', text: describeSaved([outcome], 'The audit log') });
    } finally {
      setBusy(false);
    }
  };

  const family = (entry: Entry) => {
    if (!entry.familyId) return <span className="muted">—</span>;
    const reference = references.get(entry.familyId);
    if (reference) return <a href={`#/families/${entry.familyId}`}>{reference}</a>;
    return <><span className="muted">Not on this computer now</span><br /><span className="code">{entry.familyId}</span></>;
  };

  return (
    <Page title="Audit log" back={{ href: '/', label: 'All families' }} wide>
      <p>
        Every time a family’s records are opened, changed, exported, sent or erased, and every time TAC Chair is locked or
        unlocked, it is noted here with the time. The log holds no details about families — only their references — and
        cannot be changed from TAC Chair.
      </p>
      {problem && <Problem message={problem} />}
      {verdict ? (
        verdict.intact ? (
          <Notice tone="success" title="The log has not been tampered with"><p>{verdict.message}</p></Notice>
        ) : (
          <Notice tone="problem" title="The log has been changed outside TAC Chair">
            <p>{verdict.message}</p>
            <p>Tell your data protection officer. Keep this computer as it is until they have looked.</p>
          </Notice>
        )
      ) : (
        !problem && <Loading what="Checking the log" />
      )}

      <h2 className="heading-m">Export for your data protection officer</h2>
      <p>The whole log, with the check values that show it has not been changed. A spreadsheet (CSV) opens in Excel; JSON is for other systems.</p>
      {exported && <Notice tone={exported.tone}><p>{exported.text}</p></Notice>}
      <div className="button-group">
        <Button variant="secondary" disabled={busy} onClick={() => void exportLog('csv')}>Download as a spreadsheet (CSV)</Button>
        <Button variant="secondary" disabled={busy} onClick={() => void exportLog('json')}>Download as JSON</Button>
      </div>

      <h2 className="heading-m">Entries, newest first</h2>
      <Select path="audit-family" label="Show entries about" value={familyId} onChange={(v) => { setFamilyId(v); setLimit(PAGE); }} options={options} placeholder="Every family and TAC Chair itself" />
      {!entries ? (
        <Loading what="Reading the log" />
      ) : entries.length === 0 ? (
        <p>No entries yet.</p>
      ) : (
        <>
          <table className="table audit-table">
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Family</th>
                <th scope="col">Details</th>
                <th scope="col">Who</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td>{whenWords(e.at)}</td>
                  <td>{actionWords(e.action)}</td>
                  <td>{family(e)}</td>
                  <td>{e.detail}{e.detail && e.method && <br />}{e.method && <span className="code muted">{e.method}</span>}</td>
                  <td><span className="code">{e.user}</span><br /><span className="muted">{e.host === 'web' ? 'Browser' : 'Desktop app'}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length >= limit && <Button variant="secondary" onClick={() => setLimit(Math.min(limit + PAGE * 5, 10_000))}>Show older entries</Button>}
        </>
      )}
      <p className="hint">“Who” is a code for the person signed in to the computer, not their name. Your IT support can match it to an account if needed.</p>
    </Page>
  );
}
