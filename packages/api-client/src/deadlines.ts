// The per-attempt timeout: an AbortController that aborts when `timeoutMs` has passed, handed to
// `fetch` as its signal, plus the caller's signal when there is one.
//
// Why a controller is reused: in Node, creating an AbortSignal costs about 4 µs (`new
// EventTarget`, `setPrototypeOf`, `makeTransferable`), 8 % of a whole call with the bench's stub
// fetch (see CONTRIBUTING.md, "Where a call's microseconds go"). So a controller whose attempt
// ended without aborting it is kept, and the next attempt that starts takes it, with a timer of
// its own. Attempts in flight at the same time never share one: a timeout aborts only its own
// attempt. What stays on a reused signal is the `abort` listener each finished fetch added (undici
// removes its own only when the Request is garbage-collected); so a controller serves at most 10
// attempts (Node warns from the 11th listener on a signal), and an abort that reaches a finished
// fetch finds nothing left to abort: its body was read to the end (an attempt that leaves its body
// unread, for the caller, does not give its controller back). An attempt with a signal of the
// caller's gets a controller of its own, linked to that signal, never reused.
import { MAX_TIMER_MS } from "./options.js";
import { linkSignal } from "./signals.js";

const MAX_USES = 10;

/** One attempt's controller, its timer, and how many attempts the controller has served. */
export interface Deadline {
  readonly controller: AbortController;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly uses: number;
  /** Unlinks the caller's signal, when the attempt has one. */
  readonly unlink: () => void;
}

function abort(controller: AbortController): void {
  controller.abort();
}

const nothingToUnlink = () => {};

/** The deadlines of one client: `start` one for each attempt, `finish` it when the attempt ends. */
export interface Deadlines {
  /** Starts an attempt's deadline: `timeoutMs` from now, or sooner if `signal` aborts. */
  start: (timeoutMs: number, signal: AbortSignal | null | undefined) => Deadline;
  /** Ends an attempt; `reusable` says whether its controller may serve the next one. */
  finish: (deadline: Deadline, reusable: boolean) => void;
}

export function createDeadlines(): Deadlines {
  /** A controller that served fewer than MAX_USES attempts, none of which aborted it. */
  let spare: Deadline | undefined;

  function start(timeoutMs: number, signal: AbortSignal | null | undefined): Deadline {
    let controller: AbortController;
    let uses = 1;
    let unlink = nothingToUnlink;
    if (signal !== null && signal !== undefined) {
      controller = new AbortController();
      unlink = linkSignal(signal, controller);
      uses = MAX_USES; // never reused: the caller's signal may still abort it
    } else if (spare === undefined) {
      controller = new AbortController();
    } else {
      controller = spare.controller;
      uses = spare.uses + 1;
      spare = undefined;
    }
    const timer = setTimeout(abort, Math.min(timeoutMs, MAX_TIMER_MS), controller);
    // A pending timeout must never keep a Node process alive (unref is Node-only).
    (timer as { unref?: () => void }).unref?.();
    return { controller, timer, uses, unlink };
  }

  /**
   * Ends an attempt. `reusable` is false when the response's body was not read (a 204, a HEAD, a
   * length of 0): a caller may still read it, and a later abort of the signal must not reach it.
   */
  function finish(deadline: Deadline, reusable: boolean): void {
    clearTimeout(deadline.timer);
    deadline.unlink();
    if (reusable && deadline.uses < MAX_USES && !deadline.controller.signal.aborted) {
      spare = deadline;
    }
  }

  return { start, finish };
}
