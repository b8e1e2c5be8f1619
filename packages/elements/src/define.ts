/** Registers every otforms element. Importing a class never registers a tag; importing this does. */
import './assessment/ot-assessment.define.js';
