// The closing, step-up or handover summary from a child's support page: what the next service needs
// so the family does not tell their story again. Brothers and sisters whose support ended together can share one.
import { useState } from 'react';
import type { FamilyRecord } from '../../../core/families/record';
import type { Episode } from '../../../core/episodes/schema';
import { personName } from '../../../core/families/people';
import { Checkbox } from '../../ui/fields';
import { ExportButton } from './export-button';

function summaryWord(episode: Episode): string {
  if (!episode.closedOn) return 'summary of support so far';
  if (episode.closureReason === 'stepped-up') return 'step-up summary';
  if (episode.closureReason === 'stepped-down') return 'step-down summary';
  if (episode.closureReason === 'moved-away') return 'handover summary';
  return 'closing summary';
}

export function ClosingSummarySection({ record, episode }: { record: FamilyRecord; episode: Episode }) {
  // Support for a brother or sister that ended the same day for the same reason can go in the same summary.
  const siblings = record.episodes.filter((e) => e.id !== episode.id && e.childId !== episode.childId && episode.closedOn && e.closedOn === episode.closedOn && e.closureReason === episode.closureReason);
  const [together, setTogether] = useState<string[]>([]);
  const word = summaryWord(episode);
  const child = personName(record, episode.childId);
  return (
    <section className="section documents" aria-labelledby="closing-summary-heading">
      <h2 className="heading-m" id="closing-summary-heading">{word.charAt(0).toUpperCase() + word.slice(1)}</h2>
      <p>
        {episode.closedOn
          ? `A Word document for the service that carries on: why support started, what was done, how things changed, what is still open, the team and the consent — so ${child} and their family do not have to tell their story again.`
          : `Support for ${child} is still open. You can make a summary of support so far, for example to go with a request for more help. When support ends, this becomes the closing summary.`}
      </p>
      {siblings.map((s) => (
        <Checkbox
          key={s.id}
          path={`with-${s.id}`}
          label={`Include ${personName(record, s.childId)}’s support in the same summary`}
          hint="Their support ended on the same day for the same reason."
          checked={together.includes(s.id)}
          onChange={(on) => setTogether(on ? [...together, s.id] : together.filter((id) => id !== s.id))}
        />
      ))}
      <ExportButton id="export-closing-summary" request={{ familyId: record.id, kind: 'closing-summary', episodeIds: [episode.id, ...together] }} what={word} />
    </section>
  );
}
