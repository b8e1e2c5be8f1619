import type { AssessmentRecord, InstrumentDefinition } from '@otforms/core';
import type { BundleEntry, Media } from '@medplum/fhirtypes';
import { OTFORMS_EXTENSION } from '../extensions.js';
import type { LocalReference } from './ids.js';
import { mediaUrl, photoTitle } from './questionnaire-response.js';

/** R4's own code for a still image (http://hl7.org/fhir/R4/codesystem-media-type.html). */
const IMAGE = { system: 'http://terminology.hl7.org/CodeSystem/media-type', code: 'image', display: 'Image' };

/** The local system of a photo's otforms attachment id, so a back end can match a Media to the record. */
export const ATTACHMENT_ID_SYSTEM = 'urn:otforms:attachment';

/**
 * One Media per photo the record carries, holding its data; the answer in the
 * QuestionnaireResponse points here by `valueAttachment.url`. R4's
 * `Attachment.hash` must be SHA-1, which otforms does not compute, so the
 * SHA-256 the record carries travels in an otforms extension on the content
 * rather than as a wrong-algorithm hash.
 *
 * `partOf` names the QuestionnaireResponse the photo answers (R4 allows any
 * resource there), so the link holds in both directions.
 */
export function mediaEntries(
  record: AssessmentRecord,
  definition: InstrumentDefinition,
  context: { questionnaireResponse: LocalReference; subject: LocalReference | undefined },
): BundleEntry[] {
  const labels = new Map<string, string>();
  for (const section of definition.sections) for (const item of section.items) labels.set(item.id, item.label);
  const carried = new Set(record.attachments.map((attachment) => attachment.id));
  return record.attachments.map((attachment) => {
    // Numbered as the answer orders them, so the Media's title is the title its answer gives.
    const answer = record.answers[attachment.itemId];
    const ids = (Array.isArray(answer) ? answer : []).filter((id): id is string => typeof id === 'string' && carried.has(id));
    const title = photoTitle(labels.get(attachment.itemId) ?? attachment.itemId, Math.max(0, ids.indexOf(attachment.id)), Math.max(1, ids.length));
    const media: Media = {
      resourceType: 'Media',
      identifier: [{ system: ATTACHMENT_ID_SYSTEM, value: attachment.id }],
      partOf: [context.questionnaireResponse],
      status: 'completed',
      type: { coding: [IMAGE] },
      ...(context.subject ? { subject: context.subject } : {}),
      ...(attachment.width === undefined ? {} : { width: attachment.width }),
      ...(attachment.height === undefined ? {} : { height: attachment.height }),
      content: {
        extension: [{ url: OTFORMS_EXTENSION.sha256, valueString: attachment.sha256 }],
        contentType: attachment.contentType,
        data: attachment.data,
        size: attachment.size,
        title,
      },
    };
    return { fullUrl: mediaUrl(record.recordId, attachment.id), resource: media };
  });
}
