import type { TranslationInput } from '../definition-input.js';
import { otformsWelshSource } from '../otforms-licence.js';

// The English hints end with the same sentence (ownWords in the definition); so do these.
const ownWords = (label: string, hint: string) => ({ label, hint: `${hint} Ysgrifennwch yr hyn mae’r person yn ei ddweud, yn ei eiriau ei hun.` });

/** Our own Welsh for what-matters-conversation: every text field, none left in English (catalogue.test.ts checks). */
export const whatMattersConversationWelsh = {
  source: otformsWelshSource,
  title: 'Beth sy’n bwysig i mi: sgwrs sy’n seiliedig ar gryfderau',
  description:
    'Sgwrs, nid holiadur: gofynnwch yn eich ffordd eich hun, a gadewch i’r person arwain. Ysgrifennwch yr hyn mae’n ei ddweud fel mae’n ei ddweud, heb ei grynhoi na’i gywiro.',
  notes: [
    'Cafodd pob cwestiwn yma ei ysgrifennu ar gyfer otforms. Nid yw’n atgynhyrchu unrhyw ganllaw sgwrsio nac offeryn mesur canlyniadau sydd wedi’i gyhoeddi.',
    'Caiff pob ateb ei gadw yn union fel y cafodd ei deipio, yng ngeiriau’r person ei hun. Does dim sgôr iddo a does dim cyfanswm.',
    'Gall atebion fod yn fan cychwyn i nodau yn y cynllun nodau, yn yr un geiriau, ond dim ond y rhai mae’r therapydd galwedigaethol yn eu dewis: does dim yn cael ei gopïo heb ddewis.',
    'Dim ond “beth sy’n bwysig i mi” sy’n rhaid ei ateb; gall y person adael unrhyw gwestiwn arall.',
  ],
  sections: {
    conversation: { title: 'Beth sy’n bwysig i mi' },
  },
  items: {
    whatMatters: ownWords('Beth sy’n bwysig i mi', 'Gofynnwch beth sydd bwysicaf iddyn nhw yn eu bywyd ar hyn o bryd.'),
    strengths: ownWords(
      'Beth rydw i’n dda am ei wneud',
      'Gofynnwch am eu cryfderau, eu sgiliau a’u diddordebau, a beth sydd wedi’u helpu drwy gyfnodau anodd o’r blaen.',
    ),
    whoHelps: ownWords(
      'Pwy sy’n fy helpu i, a phwy rydw i’n eu helpu',
      'Gofynnwch am deulu, ffrindiau, cymdogion, anifeiliaid anwes ac unrhyw un arall yn eu rhwydwaith cymorth.',
    ),
    community: ownWords(
      'Fy nghymuned, a beth hoffwn i ei wneud ynddi',
      'Gofynnwch am y lleoedd, y grwpiau a’r bobl gerllaw sy’n bwysig iddyn nhw, a beth yr hoffen nhw ei wneud, neu ei wneud eto.',
    ),
  },
} satisfies TranslationInput;
