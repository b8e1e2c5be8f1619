// React 19 JSX with the element types of @otforms/elements/jsx: props are
// the elements' properties, `onot-*` handlers receive our event classes.
import type {} from '@otforms/elements/jsx';
import type { OtAnswerEvent, OtOutcomeEvent } from '@otforms/elements';
import { getInstrument } from '@otforms/instruments';

const barthel = getInstrument('barthel-cw20');

export function Assessment({ onRecord }: { onRecord: (recordId: string) => void }) {
  return (
    <form method="post" action="/submit">
      <ot-assessment
        name="record"
        definition={barthel}
        administration-mode="observed"
        running-score
        className="assessment"
        onot-outcome={(event) => onRecord(event.detail.recordId)}
        onot-error={(event) => console.error(event.detail.message)}
      />
      <ot-choice-question onot-answer={(event) => console.info(event.detail.itemId, event.detail.input)} />
      {/* @ts-expect-error administration-mode is one of the modes a record names */}
      <ot-assessment administration-mode="telepathy" />
      {/* @ts-expect-error name is text */}
      <ot-assessment name={42} />
      {/* @ts-expect-error ot-outcome's handler receives an OtOutcomeEvent, not an OtAnswerEvent */}
      <ot-assessment onot-outcome={(event: OtAnswerEvent) => event.detail.itemId} />
      {/* @ts-expect-error ot-answer's handler receives an OtAnswerEvent */}
      <ot-input-question onot-answer={(event: OtOutcomeEvent) => event.detail.recordId} />
      {/* @ts-expect-error an outcome record has no itemId */}
      <ot-goal-plan onot-outcome={(event) => event.detail.itemId} />
    </form>
  );
}
