import '@otforms/elements/define/ot-gas-chart';
import { OtGasChart as OtGasChartElement } from '@otforms/elements';
import { wrapElement } from './wrapper.js';

/** `<ot-gas-chart>`: a goal plan (`plan`) on the five-level scale with its T-scores. Fires no events. */
export const OtGasChart = wrapElement('ot-gas-chart', OtGasChartElement);
