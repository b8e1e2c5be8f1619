// The page of form-page.html: registers the elements, then gives the form what a host would, after the
// element has been upgraded (so after the browser handed back any saved state). Its drafts are kept in
// memory, which a new page starts without: whatever comes back after back/forward came from the form state.
import '../../define.js';
import { MemoryDraftStorage } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import { definitions as homeVisitDefinitions } from '../../home-visit/home-visit.test-support.js';

const element = document.querySelector<HTMLElement & Record<string, unknown>>('[name="record"]')!;
element.storage = new MemoryDraftStorage();
element.today = '2026-11-22';
if (element.localName === 'ot-assessment') element.definition = barthelDefinition;
if (element.localName === 'ot-episode') element.instruments = [barthelDefinition];
if (element.localName === 'ot-home-visit') element.definitions = homeVisitDefinitions;
document.body.dataset.ready = 'true';
