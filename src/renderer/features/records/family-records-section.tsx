// On the family page: "Everything we hold about this family" — a subject access copy (Word and JSON)
// and the way to erase the family's records.
import { useState } from 'react';
import { api } from '../../api-client';
import { Button, Notice } from '../../ui/bits';
import { describeSaved, saveExportedFile } from './save-file';

export function FamilyRecordsSection({ familyId }: { familyId: string }) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ saved: string; note: string } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const exportAll = async () => {
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      const result = await api.records.exportFamily({ familyId });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      const outcomes = [];
      for (const file of result.value.files) outcomes.push(await saveExportedFile(file));
      const failed = outcomes.find((o) => !o.saved && o.message);
      if (failed && !failed.saved) setProblem(failed.message);
      setDone({ saved: describeSaved(outcomes, 'The copy of everything held about this family'), note: result.value.note });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="records-heading" className="section">
      <div className="section__heading">
        <h2 className="heading-m" id="records-heading">Everything we hold about this family</h2>
      </div>
      <p>
        If someone in the family asks to see the information held about them (a subject access request), download a copy
        of everything TAC Chair holds: a Word document to read and a data file (JSON) with every detail, including who has
        opened or changed the record and when.
      </p>
      {problem && <Notice tone="problem"><p>{problem}</p></Notice>}
      {done && (
        <Notice tone="success" title={done.saved}>
          <p>{done.note}</p>
        </Notice>
      )}
      <div className="button-group">
        <Button variant="secondary" onClick={() => void exportAll()} disabled={busy}>
          {busy ? 'Preparing the copy…' : 'Download everything we hold (Word and JSON)'}
        </Button>
        <a className="link" href={`#/families/${familyId}/erase`}>Erase this family’s records</a>
      </div>
    </section>
  );
}
