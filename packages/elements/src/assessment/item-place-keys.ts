import type { Item } from '@otforms/core';

const keysBySection = new WeakMap<readonly Item[], ReadonlyMap<Item, string>>();

/**
 * The key `repeat` gives an item of a section page. Within a section it names one item, as its id would, so a
 * question revealed by a condition never takes another's element and focus stays where it is.
 *
 * Across sections, a question the form gives everything it shows (radios, checkboxes, a typed answer: value,
 * error and item, the value bound `live`; a typed answer's field made anew for each item) is keyed by its place
 * in its section. The next page's question in the same place then reuses its element, shadow root and styles,
 * given the new item, rather than each question of each page being made anew: on the bench's 300-item form,
 * most of a page change was making 20 new question elements. A photo question (it prepares photos after it is
 * answered, and answers when they are ready) and a repeating group keep their id, so nothing they still hold can
 * reach another item.
 *
 * Worked out once per section (a parsed definition is frozen): this runs on every answer.
 */
export function itemPlaceKey(items: readonly Item[], item: Item): string {
  let keys = keysBySection.get(items);
  if (!keys) keysBySection.set(items, (keys = new Map(items.map((each, index) => [each, keyOf(each, index)]))));
  return keys.get(item) ?? idKey(item);
}

const idKey = (item: Item) => `id:${item.id}`;

const keyOf = (item: Item, index: number) => (item.type === 'photo' || item.type === 'group' ? idKey(item) : `place:${index}`);
