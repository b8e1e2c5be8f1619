import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { elementsManifest } from '../../../tests/node/elements-manifest.mjs';

// Each wrapper is `createComponent(options)`; returning the options lets the
// test read what every wrapper was made with, without React or a DOM.
vi.mock('@lit/react', () => ({ createComponent: (options: unknown) => ({ options }) }));

interface WrapperOptions {
  tagName: string;
  elementClass: { name: string };
  events?: Record<string, string>;
  displayName?: string;
}

interface ManifestElement {
  name: string;
  tagName?: string;
  events?: readonly { name: string }[];
}

const elements = (elementsManifest().modules.flatMap((module) => module.declarations ?? []) as ManifestElement[]).filter(
  (declaration): declaration is ManifestElement & { tagName: string } => Boolean(declaration.tagName),
);

/** `ot-outcome` → `onOtOutcome`, as @lit/react hands it to React. */
const propFor = (eventName: string) => `on${eventName.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;

const wrappers = Object.entries((await import('./index.js')) as unknown as Record<string, { options: WrapperOptions }>);

describe('@otforms/react', () => {
  it('reads the elements from the manifest', () => {
    expect(elements.map((element) => element.tagName)).toContain('ot-assessment');
  });

  it('wraps every element of the manifest, and nothing else', () => {
    expect(wrappers.map(([, wrapper]) => wrapper.options.tagName).sort()).toEqual(elements.map((element) => element.tagName).sort());
  });

  it('gives every whole form the events a host must handle, whatever the manifest says', () => {
    // The manifest test below follows the @fires tags; this one fails if a whole form's tag is lost with its prop.
    for (const tagName of ['ot-assessment', 'ot-goal-plan', 'ot-episode', 'ot-home-visit']) {
      const options = wrappers.find(([, candidate]) => candidate.options.tagName === tagName)?.[1].options;
      expect(options?.events, tagName).toEqual({ onOtOutcome: 'ot-outcome', onOtError: 'ot-error', onOtDraftKeptAside: 'ot-draft-kept-aside' });
    }
  });

  describe.each(elements)('<$tagName>', (element) => {
    const [exportName, wrapper] = wrappers.find(([, candidate]) => candidate.options.tagName === element.tagName) ?? [];
    const options = wrapper?.options;

    it('is exported under its class name, with that class and display name', () => {
      expect(exportName).toBe(element.name);
      expect(options?.elementClass.name).toBe(element.name);
      expect(options?.displayName).toBe(element.name);
    });

    it('maps every event it fires to an onOt… prop', () => {
      const expected = Object.fromEntries((element.events ?? []).map((event) => [propFor(event.name), event.name]));
      expect(options?.events ?? {}).toEqual(expected);
    });

    it('registers its tag, and only its own, when its module is imported', () => {
      // One define entry per wrapper module is what lets a bundler keep only the elements a host uses.
      const source = readFileSync(new URL(`./${element.tagName}.ts`, import.meta.url), 'utf8');
      expect(source.match(/'@otforms\/elements\/define[^']*'/g)).toEqual([`'@otforms/elements/define/${element.tagName}'`]);
      expect(customElements.get(element.tagName)?.name).toBe(element.name);
    });
  });
});
