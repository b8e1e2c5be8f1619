// Only this entry: it registers <ot-gas-chart> (which fires no events) and must bring its tag into a host's types.
import '@otforms/elements/define/ot-gas-chart';

const chart = document.createElement('ot-gas-chart');
console.info(chart.plan?.goals.length);
