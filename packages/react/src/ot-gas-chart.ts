import '@otforms/elements/define/ot-gas-chart';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { OtGasChart as OtGasChartElement } from '@otforms/elements';

/** `<ot-gas-chart>`: a goal plan (`plan`) on the five-level scale with its T-scores. Fires no events. */
export const OtGasChart = createComponent({
  react: React,
  tagName: 'ot-gas-chart',
  elementClass: OtGasChartElement,
  displayName: 'OtGasChart',
});
