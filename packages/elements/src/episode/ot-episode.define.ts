import '../assessment/ot-assessment.define.js';
import '../goals/ot-goal-plan.define.js';
import './ot-episode-summary.define.js';
import { OtEpisode } from './ot-episode.js';

if (!customElements.get('ot-episode')) customElements.define('ot-episode', OtEpisode);

declare global {
  interface HTMLElementTagNameMap {
    'ot-episode': OtEpisode;
  }
}
