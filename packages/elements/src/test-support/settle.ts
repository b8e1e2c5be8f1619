/** Waits for the element and every Lit element in its shadow tree to finish updating, three times over (an update can start another). */
export async function settle(element: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending: Promise<unknown>[] = [];
    const walk = (node: Element) => {
      const update = (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) pending.push(update);
      for (const child of node.shadowRoot?.querySelectorAll('*') ?? []) walk(child);
    };
    walk(element);
    await Promise.all(pending);
  }
}
