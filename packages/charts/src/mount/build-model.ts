import type { CommonOptions, View, ViewModel } from '../view/view.types.js';

/**
 * Runs a view's builder. Views promise never to throw (bad data is an `error` state they draw), so a
 * throw is a bug in the view: report which view, keeping the original error as the cause.
 */
export function buildModel<O extends object>(
  view: View<O>,
  data: unknown,
  options: O & CommonOptions,
): ViewModel {
  try {
    return view.build(data, options);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`[@luoshi/charts] view "${view.name}" threw while building its option: ${reason}`, {
      cause,
    });
  }
}
