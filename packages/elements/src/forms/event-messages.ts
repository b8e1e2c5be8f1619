/**
 * What `ot-error` says when there is nothing on screen to say it: a part that did
 * not load, a saved draft that could not be resumed. Events are read in the
 * host's logs and by its support desk, so they are in English whatever the
 * page's language (docs/hosts.md); they are not in the message catalogue.
 */
export const eventMessages = {
  photoQuestionNotLoaded: 'The photo question could not be loaded: check the connection.',
  homeVisitNotLoaded: 'The home visit could not be loaded: check the connection.',
  /** `error` is what stopped the draft, as thrown. */
  draftFailed: (form: 'episode' | 'home visit', error: string) => `The saved ${form} could not be resumed (${error}), so a new one started.`,
  episodeDraftNotThisOne: 'The saved episode is about another person or uses other instruments, so a new one started.',
  homeVisitDraftNotThisOne: 'The saved home visit is about another person or uses other definitions, so a new one started.',
} as const;
