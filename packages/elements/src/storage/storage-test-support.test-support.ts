/** A name no other test run uses, for databases and keys. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the promise to reject, but it resolved');
}
