import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition, Item } from '../definition/definition-schema.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { definitionOf, yesNo } from '../test-support/definition-builders.js';
import { orderByConditions } from './condition-order.js';
import { hiddenItemIds } from './enable-when.js';

const when = (item: string) => ({ enableWhen: [{ item, operator: 'equals', value: 'yes' }] });
const ids = (items: readonly Item[]) => items.map((item) => item.id);

describe('orderByConditions', () => {
  it('puts every conditional item after the conditional items it reads, whatever the definition order', () => {
    const definition = parseDefinition(definitionOf([yesNo('c', when('b')), yesNo('a'), yesNo('d', when('c')), yesNo('b', when('a')), yesNo('e', when('a'))]));
    expect(ids(orderByConditions(definition.sections[0]!.items))).toEqual(['b', 'e', 'c', 'd']);
  });

  it('puts the items of a loop last, in definition order, so visibility of a definition never parsed ends rather than recursing', () => {
    // parseDefinition refuses this loop; a definition built in code is not checked.
    const looped = definitionOf([yesNo('a', when('b')), yesNo('b', when('a')), yesNo('c', when('z')), yesNo('z')]) as { sections: { items: Item[] }[] };
    const items = looped.sections[0]!.items.map((item) => ({ ...item, enableBehavior: 'all' })) as Item[];
    expect(ids(orderByConditions(items))).toEqual(['c', 'a', 'b']);
    const definition = { ...looped, sections: [{ id: 's', title: 'S', items }] } as unknown as InstrumentDefinition;
    expect([...hiddenItemIds(definition, { z: 'yes' })]).toEqual(['a', 'b']);
  });
});
