/**
 * Messages over a cluster channel in batches: what is sent during one turn of the event loop
 * goes as one message after it (setImmediate), in the order sent. Each message over the channel
 * is a serialisation and a pipe write (~12 % of the cluster's writer when it answered each write
 * on its own); while the writer is busy, several workers' mutations arrive together and their
 * answers leave together.
 */
export function batchedSend<T>(send: (items: T[]) => void): (item: T) => void {
  let items: T[] = [];
  const flush = (): void => {
    const out = items;
    items = [];
    send(out);
  };
  return (item) => {
    if (items.push(item) === 1) setImmediate(flush);
  };
}
