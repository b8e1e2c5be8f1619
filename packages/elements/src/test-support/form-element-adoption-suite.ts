import { expect } from '@open-wc/testing';
import { validateOutcomeRecord, type MemoryDraftStorage } from '@otforms/core';
import type { AnyActorRef } from 'xstate';
import { expectNoAxeViolations } from './axe.js';
import { DRAFT_KEY, deepQueryAll, mount, normalise, progressedDraft, type AdoptingElement, type AdoptionAdapter, type FormElementAdapter } from './form-element-adapter.js';
import { settle } from './settle.js';

/**
 * A form an episode nests shows and drives the episode's child actor: it never starts, stops or saves
 * it, ignores its own details and draft while it has it, and picks it up again after a move.
 */
export function runAdoptionSuite(adapter: FormElementAdapter<AdoptingElement>, owner: AdoptionAdapter): void {
  describe('with an adopted actor', () => {
    let actors: AnyActorRef[] = [];
    const ownersActor = (done = false) => {
      const actor = done ? owner.ownersDoneActor() : owner.ownersActor();
      actors.push(actor);
      return actor;
    };
    /** Adopts `actor`, with details of its own that adoption must ignore. */
    const adopting = (actor: AnyActorRef) => (element: AdoptingElement) => {
      element.actor = actor;
      element.subjectReference = 'Person/other';
    };
    const errorSummary = (element: AdoptingElement) => deepQueryAll(element, '.error-summary')[0] ?? null;

    afterEach(() => {
      for (const actor of actors) actor.stop();
      actors = [];
    });

    it('drives the actor it is given to completion; the record is the actor’s output, with the owner’s details; no draft; axe', async () => {
      const actor = ownersActor();
      const { element, storage, outcomes } = await mount(adapter, { before: adopting(actor) });
      expect(adapter.atStart(element)).to.equal(true);
      await expectNoAxeViolations(element);
      await adapter.makeProgress(element);
      expect(owner.actorHasProgress(actor)).to.equal(true);

      await adapter.complete(element);
      const record = outcomes.at(-1)!;
      expect(actor.getSnapshot().status).to.equal('done');
      expect(actor.getSnapshot().output).to.equal(record);
      expect(element.value).to.equal(record);
      expect(validateOutcomeRecord(record).success).to.equal(true);
      await adapter.checkRecord?.(record);
      expect(record.subject, 'the owner’s details, not the element’s').to.deep.equal({ reference: 'Person/7' });
      expect(normalise(element.shadowRoot!.textContent)).to.contain(adapter.completedHeading);
      expect((storage as MemoryDraftStorage).size).to.equal(0);
      await expectNoAxeViolations(element);
    });

    it('shows the actor’s progress, not a draft in its storage, and leaves that draft as it was', async () => {
      const draft = await progressedDraft(adapter);
      const actor = ownersActor();
      const { element, storage } = await mount(adapter, { draft, before: adopting(actor) });
      expect([adapter.showsProgress(element), adapter.atStart(element)]).to.deep.equal([false, true]);
      await adapter.makeProgress(element);
      expect(owner.actorHasProgress(actor)).to.equal(true);
      expect(await storage.read(DRAFT_KEY), 'the draft is left as it was').to.deep.equal(draft);
    });

    it('re-renders when the owner sends events straight to the actor', async () => {
      const actor = ownersActor();
      const { element } = await mount(adapter, { before: adopting(actor) });
      owner.ownerMakesProgress(actor);
      await settle(element);
      expect(adapter.showsProgress(element)).to.equal(true);
      owner.ownerAttempts(actor);
      await settle(element);
      expect(errorSummary(element), 'the failed attempt’s error summary').to.not.equal(null);
    });

    it('leaves the actor running when it is removed, and picks it up again when put back', async () => {
      const actor = ownersActor();
      const { element, storage } = await mount(adapter, { before: adopting(actor) });
      const parent = element.parentElement!;
      element.remove();
      expect(actor.getSnapshot().status).to.equal('active');
      owner.ownerMakesProgress(actor);
      parent.append(element);
      await settle(element);
      expect(adapter.showsProgress(element)).to.equal(true);
      const before = actor.getSnapshot();
      await adapter.attempt(element);
      expect(actor.getSnapshot(), 'the element drives it again').to.not.equal(before);
      expect((storage as MemoryDraftStorage).size).to.equal(0);
    });

    it('lets go of the actor, without stopping it, when `actor` is set back to null, and resumes its own draft', async () => {
      const draft = await progressedDraft(adapter);
      const actor = ownersActor();
      const { element, storage } = await mount(adapter, { draft, before: adopting(actor) });
      element.actor = null;
      await settle(element);
      expect(actor.getSnapshot().status).to.equal('active');
      expect(adapter.showsProgress(element), 'its own draft').to.equal(true);
      const before = actor.getSnapshot();
      await adapter.attempt(element);
      expect(actor.getSnapshot(), 'the owner’s actor is no longer driven').to.equal(before);
      const saved = await storage.read(DRAFT_KEY);
      expect(adapter.savedProgress(saved)).to.equal(true);
      expect(JSON.stringify(saved), 'its own draft is saved again').to.not.equal(JSON.stringify(draft));
    });

    it('shows the completed page of an actor that is already done, and dispatches its record once, even when moved or given again', async () => {
      const actor = ownersActor(true);
      const { element, outcomes } = await mount(adapter, { before: adopting(actor) });
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await settle(element);
      element.actor = null;
      await settle(element);
      element.actor = actor;
      await settle(element);
      expect(outcomes, 'once, not again when moved or given again').to.deep.equal([actor.getSnapshot().output]);
      expect(element.value).to.equal(actor.getSnapshot().output);
      expect(normalise(element.shadowRoot!.textContent)).to.contain(adapter.completedHeading);
    });

    it('leaves the adopted actor alone when its form is reset or the browser restores a state', async () => {
      const actor = ownersActor();
      owner.ownerMakesProgress(actor);
      const { form, element } = await mount(adapter, { before: adopting(actor) });
      const before = actor.getSnapshot();
      form.reset();
      element.formStateRestoreCallback(JSON.stringify(await progressedDraft(adapter)), 'restore');
      await settle(element);
      expect([actor.getSnapshot() === before, element.actor === actor, adapter.showsProgress(element)]).to.deep.equal([true, true, true]);
    });
  });
}
