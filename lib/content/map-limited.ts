/**
 * Like `Promise.all(items.map(work))`, but with at most `limit` pieces of work under way at once,
 * results in the order of `items`. Compiling every body at once keeps every syntax tree alive
 * together: a cold check of 50× content peaked at 784 MB that way, about 450 MB eight at a time.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
