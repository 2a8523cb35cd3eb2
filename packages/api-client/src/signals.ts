// Listening to abort signals without piling listeners onto them.
//
// Every request links the caller's signal to its own per-attempt controller. Done with one
// `addEventListener` per request, a signal shared by many calls (or listAll's own signal at a
// concurrency above 10) collects more than 10 listeners, and Node prints
// `MaxListenersExceededWarning`. So each signal gets ONE listener, which calls the callbacks
// registered here; a callback is removed as soon as its request ends.

const callbacksBySignal = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` once when `signal` aborts. Returns the function that cancels it. Does
 * nothing for an already-aborted signal: check `signal.aborted` first.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = callbacksBySignal.get(signal);
  if (callbacks === undefined) {
    const registered = new Set<() => void>();
    callbacks = registered;
    callbacksBySignal.set(signal, registered);
    signal.addEventListener(
      "abort",
      () => {
        callbacksBySignal.delete(signal);
        for (const registeredCallback of registered) registeredCallback();
      },
      { once: true },
    );
  }
  callbacks.add(callback);
  const registered = callbacks;
  return () => {
    registered.delete(callback);
  };
}

const nothingToUnlink = () => {};

/**
 * Makes `signal` (the caller's, optional) abort `controller` with the same reason. Returns the
 * function that unlinks them.
 */
export function linkSignal(
  signal: AbortSignal | null | undefined,
  controller: AbortController,
): () => void {
  if (signal === null || signal === undefined) return nothingToUnlink;
  if (signal.aborted) {
    controller.abort(signal.reason);
    return nothingToUnlink;
  }
  return onAbort(signal, () => controller.abort(signal.reason));
}
