// Serialises read-modify-write operations on storage, so that two saves
// arriving together (two tabs, a save and an edit) cannot both read the same
// page index and each write back a copy missing the other's id. The queue
// holds only promises in flight: a service worker stopped mid-queue loses the
// unacknowledged operations, whose callers never got an answer and keep the
// annotation for retry; nothing acknowledged depends on memory.

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Run `task` after every task queued before it; its result or error is the caller's alone. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const result = this.tail.then(task);
    // The next task waits for this one to settle, success or failure.
    this.tail = result.then(
      () => this.settle(),
      () => this.settle(),
    );
    return result;
  }

  /** Tasks queued and not yet settled. */
  get size(): number {
    return this.pending;
  }

  private settle(): void {
    this.pending -= 1;
  }
}
