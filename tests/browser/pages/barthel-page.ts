// A plain page, as a vendor would write it, used by tests that reload it in an iframe.
import '@otforms/elements/define';
import { getInstrument } from '@otforms/instruments';

const assessment = document.querySelector('ot-assessment')!;
assessment.definition = getInstrument('barthel-cw20');
document.body.dataset.ready = 'true';
