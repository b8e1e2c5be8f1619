/**
 * Tells elements when a `lang` attribute changes anywhere in the document's own
 * tree (one observer for the page, however many elements listen). An otforms
 * element inside another's shadow root hears of its outer element's language
 * through the locale context instead, so it needs no observer of its own.
 */
const listeners = new Set<() => void>();
let documentObserver: MutationObserver | null = null;

export function watchLanguageChanges(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!documentObserver && typeof document !== 'undefined') {
    documentObserver = new MutationObserver(() => {
      for (const listener of [...listeners]) listener();
    });
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      documentObserver?.disconnect();
      documentObserver = null;
    }
  };
}
