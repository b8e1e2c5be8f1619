import type { InstrumentDefinitionInput } from '@otforms/core';
import type { ItemInputOf } from '../definition-input.js';
import { otformsLicence } from '../otforms-licence.js';
import { whatMattersConversationWelsh } from './what-matters-conversation-welsh.js';

const title = 'What matters to me: a strengths-based conversation';

const ownWords = (id: string, label: string, hint: string, required = false): ItemInputOf<'own-words'> => ({
  id,
  type: 'own-words',
  label,
  hint: `${hint} Write what the person says, in their own words.`,
  maxLength: 2000,
  required,
});

/**
 * Written for otforms: a short conversation about the person's life, in their
 * own words, before any talk of what is hard. Its answers can seed goals (the
 * OT chooses which); nothing is scored.
 */
export const whatMattersConversationDefinition = {
  id: 'what-matters-conversation',
  version: '1.0.0',
  title,
  description:
    'A conversation, not a questionnaire: ask in your own way, and let the person lead. Write down what they say as they say it, without summing it up or correcting it.',
  citation:
    'Written for otforms (original wording, not a published instrument). It follows the strengths-based, collaborative approach of NICE guideline NG74, Intermediate care including reablement (2017), without quoting it.',
  licence: otformsLicence(title),
  notes: [
    'Every question here was written for otforms. It does not reproduce any published conversation guide or outcome tool.',
    'Each answer is kept exactly as typed, in the person’s own words. It is not scored and has no total.',
    'Answers can start goals in the goal plan, in the same words, but only those the OT chooses: nothing is copied without a choice.',
    'Only “what matters to me” must be answered; the person can leave any other question.',
  ],
  administrationModes: ['interview'],
  languages: ['en-GB', 'cy'],
  // Ours to translate: written for otforms, under its MIT licence.
  translations: { cy: whatMattersConversationWelsh },
  sections: [
    {
      id: 'conversation',
      title: 'What matters to me',
      items: [
        ownWords('whatMatters', 'What matters to me', 'Ask what matters most to them in their life at the moment.', true),
        ownWords('strengths', 'What I am good at', 'Ask about their strengths, skills and interests, and what has helped them through hard times before.'),
        ownWords('whoHelps', 'Who helps me, and who I help', 'Ask about family, friends, neighbours, pets and anyone else in their support network.'),
        ownWords(
          'community',
          'My community, and what I would like to do in it',
          'Ask about the places, groups and people nearby that matter to them, and what they would like to do or do again.',
        ),
      ],
    },
  ],
} satisfies InstrumentDefinitionInput;
