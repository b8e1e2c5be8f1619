import { OtGasChart } from './ot-gas-chart.js';

if (!customElements.get('ot-gas-chart')) customElements.define('ot-gas-chart', OtGasChart);

declare global {
  interface HTMLElementTagNameMap {
    'ot-gas-chart': OtGasChart;
  }
}
