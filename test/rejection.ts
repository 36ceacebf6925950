// What a promise rejects with; fails the test when it resolves instead.
export async function rejection<E = any>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (e) {
    return e as E;
  }
  throw new Error("expected a rejection");
}
