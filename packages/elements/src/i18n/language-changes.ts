/**
 * Tells elements when a `lang` attribute changes in any tree above them: the
 * document's, and each shadow root between it and the element (a host app's
 * own component that renders `<ot-assessment lang=${locale}>`). A
 * MutationObserver does not see into shadow roots, so each root has its own,
 * shared by every element that listens to it, and disconnected when the last
 * one stops.
 */
interface Watch {
  observer: MutationObserver;
  listeners: Set<() => void>;
}

const watches = new Map<Node, Watch>();

/** The trees a node's language can come from: its own root, then each shadow host's root up to the document. */
function rootsAbove(node: Node): Node[] {
  const roots: Node[] = [];
  for (let root = node.getRootNode(); ; root = root.host.getRootNode()) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
  }
}

function listen(root: Node, onChange: () => void): () => void {
  let watch = watches.get(root);
  if (!watch) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => {
      for (const listener of [...listeners]) listener();
    });
    // The document's own element: observing the Document would also do, but the element is what has `lang`.
    observer.observe(root instanceof Document ? root.documentElement : root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watches.set(root, (watch = { observer, listeners }));
  }
  watch.listeners.add(onChange);
  return () => {
    watch.listeners.delete(onChange);
    if (watch.listeners.size === 0) {
      watch.observer.disconnect();
      watches.delete(root);
    }
  };
}

/**
 * Calls `onChange` when a `lang` changes in a tree above `node` (as it is placed now: call again after it moves).
 * Returns the way to stop.
 */
export function watchLanguageChanges(node: Node, onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined') return () => {};
  // A node outside any document (a fragment) has nothing to watch: its language can change only when it is placed.
  const roots = rootsAbove(node).filter((root) => root instanceof ShadowRoot || root instanceof Document);
  const stops = roots.map((root) => listen(root, onChange));
  return () => stops.forEach((stop) => stop());
}

/** How many listeners hear `lang` changes now, over every tree watched: for tests, which count rather than time what an element costs. */
export function languageListenerCount(): number {
  let count = 0;
  for (const watch of watches.values()) count += watch.listeners.size;
  return count;
}
