/** Registers every otforms element. Importing a class never registers a tag; importing this does. */
import './assessment/ot-assessment.define.js';
// An assessment loads the photo question with its first photo question; registering every element includes it now.
import './questions/ot-photo-question.define.js';
import './goals/ot-gas-chart.define.js';
import './goals/ot-goal-plan.define.js';
import './episode/ot-episode-summary.define.js';
import './episode/ot-episode.define.js';
import './home-visit/ot-home-visit-summary.define.js';
import './home-visit/ot-home-visit.define.js';
import './reporting/ot-outcome-report.define.js';
