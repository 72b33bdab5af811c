// "Documents" after a meeting: the meeting record for professionals, and the family plan with its
// reading age shown before export and a large-print option. Shown on the finished meeting screen.
import { useEffect, useState } from 'react';
import { api } from '../../api-client';
import { Checkbox } from '../../ui/fields';
import { Notice } from '../../ui/bits';
import type { Output } from '../../../api';
import type { FinishedSection } from '../meeting-run/finished-sections';
import { ExportButton } from './export-button';
import { ReadingAgeReport } from './reading-age';
import { upperFirst } from './words';
import { AcronymCheck } from './acronym-check';

type Preview = Output<'documents', 'preview'>;

export const DocumentsSection: FinishedSection = ({ record, meeting, templates }) => {
  const planName = templates.local.planName;
  const [largePrint, setLargePrint] = useState(false);
  const [preview, setPreview] = useState<Preview>();
  const [problem, setProblem] = useState<string>();
  const [recordPreview, setRecordPreview] = useState<Preview>();
  const familyId = record.id;
  const meetingId = meeting.id;
  // A new answer in the user's glossary changes what the check finds, so it is asked again.
  const glossary = templates.glossary;

  useEffect(() => {
    let live = true;
    void api.documents.preview({ familyId, meetingId, kind: 'meeting-record' }).then((r) => live && r.ok && setRecordPreview(r.value));
    return () => {
      live = false;
    };
  }, [familyId, meetingId, glossary]);

  useEffect(() => {
    let live = true;
    void api.documents.preview({ familyId, meetingId, kind: 'family-plan', largePrint }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPreview(r.value);
        setProblem(undefined);
      } else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [familyId, meetingId, largePrint, glossary]);

  return (
    <section className="section documents" aria-labelledby="documents-heading">
      <h2 className="heading-m" id="documents-heading">Documents</h2>
      <p>Make the Word documents to send after the meeting. Each one is built from what was recorded, so check the record is right first.</p>
      <div className="documents__grid">
        <div className="card documents__card">
          <h3 className="heading-s">Meeting record</h3>
          <p>For everyone in the team, including those who could not come. It has the full minutes, with the notes for professionals only marked.</p>
          {recordPreview && <AcronymCheck id="record-acronyms" acronyms={recordPreview.acronyms} family={false} />}
          <ExportButton id="export-meeting-record" request={{ familyId, meetingId, kind: 'meeting-record' }} what="meeting record" />
        </div>
        <div className="card documents__card documents__card--family">
          <h3 className="heading-s">{upperFirst(planName)} for the family</h3>
          <p>The plan in plain words, written to the family: what was agreed, who will do what by when, and their {templates.local.keyPerson}. Nothing for professionals only is in it.</p>
          {problem && <Notice tone="problem">{problem}</Notice>}
          {!preview && !problem && <p className="loading" role="status">Checking how easy the {planName} is to read…</p>}
          {preview && <ReadingAgeReport preview={preview} planName={planName} />}
          <Checkbox path="large-print" label="Large print" hint="Text at 16 point or larger, for anyone who finds small print hard to read." checked={largePrint} onChange={setLargePrint} />
          <ExportButton
            id="export-family-plan"
            request={{ familyId, meetingId, kind: 'family-plan', largePrint }}
            what={largePrint ? `${planName} in large print` : planName}
          />
        </div>
      </div>
    </section>
  );
};
