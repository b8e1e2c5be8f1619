import { OtEpisodeSummary } from './ot-episode-summary.js';

if (!customElements.get('ot-episode-summary')) customElements.define('ot-episode-summary', OtEpisodeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ot-episode-summary': OtEpisodeSummary;
  }
}
