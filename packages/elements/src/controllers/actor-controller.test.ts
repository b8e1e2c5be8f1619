import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { assign, createMachine } from 'xstate';
import { ActorController } from './actor-controller.js';

/** A counter: enough to tell an actor brought back from one started afresh. */
const counter = createMachine({
  types: {} as { context: { count: number }; events: { type: 'ADD' } },
  context: { count: 0 },
  on: { ADD: { actions: assign({ count: ({ context }) => context.count + 1 }) } },
});

const host = (): ReactiveControllerHost => ({ addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) });
const countOf = (controller: ActorController<typeof counter>) => controller.snapshot?.context.count ?? null;

describe('ActorController and an actor parked while its host is out of the page', () => {
  it('brings the parked actor back when the host returns (a move within the page)', () => {
    const controller = new ActorController<typeof counter>(host());
    controller.start(counter, undefined);
    controller.send({ type: 'ADD' });
    controller.hostDisconnected();
    expect(controller.actor).to.equal(null);
    controller.hostConnected();
    expect(countOf(controller)).to.equal(1);
  });

  it('brings back nothing once a start replaced it, or it was stopped for good, while the host was away', () => {
    const replaced = new ActorController<typeof counter>(host());
    replaced.start(counter, undefined);
    replaced.send({ type: 'ADD' });
    replaced.hostDisconnected();
    replaced.start(counter, undefined);
    replaced.hostConnected();
    expect(countOf(replaced), 'the new start, not the parked actor').to.equal(0);

    const stopped = new ActorController<typeof counter>(host());
    stopped.start(counter, undefined);
    stopped.send({ type: 'ADD' });
    stopped.hostDisconnected();
    stopped.stopForGood();
    stopped.hostConnected();
    expect(stopped.actor).to.equal(null);
  });
});
