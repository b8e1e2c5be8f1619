// The @otforms/react components: properties are props, `ot-*` events are
// `onOt…` props whose handlers receive our event classes.
import { OtAssessment, OtChoiceQuestion, OtEpisodeSummary } from '@otforms/react';
import type { OtAnswerEvent } from '@otforms/elements';
import { getInstrument } from '@otforms/instruments';

const barthel = getInstrument('barthel-cw20');

export function Wrapped({ onRecord }: { onRecord: (recordId: string) => void }) {
  return (
    <>
      <OtAssessment name="record" definition={barthel} runningScore onOtOutcome={(event) => onRecord(event.detail.recordId)} onOtError={(event) => console.error(event.detail.kind)} />
      <OtChoiceQuestion onOtAnswer={(event) => console.info(event.detail.itemId)} />
      <OtEpisodeSummary record={undefined} />
      {/* @ts-expect-error runningScore is a boolean */}
      <OtAssessment runningScore="yes" />
      {/* @ts-expect-error administrationMode is one of the modes a record names */}
      <OtAssessment administrationMode="telepathy" />
      {/* @ts-expect-error onOtOutcome's handler receives an OtOutcomeEvent, not an OtAnswerEvent */}
      <OtAssessment onOtOutcome={(event: OtAnswerEvent) => event.detail.itemId} />
      {/* @ts-expect-error the summary fires no events */}
      <OtEpisodeSummary onOtOutcome={() => {}} />
    </>
  );
}
