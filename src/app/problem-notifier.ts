export type ProblemListener = (error: unknown) => void;

export interface ProblemNotifier {
  notify(error: unknown): void;
  /** Receives problems, including those that came before anyone listened. */
  subscribe(listener: ProblemListener): () => void;
  /** Called once, at the first problem (the toaster loads only then). */
  onFirst(callback: () => void): () => void;
}

/** Bridges the query cache (outside React) to the toaster (inside it). */
export function createProblemNotifier(): ProblemNotifier {
  const listeners = new Set<ProblemListener>();
  const firstCallbacks = new Set<() => void>();
  const pending: unknown[] = [];
  let seenAny = false;
  return {
    notify(error) {
      if (!seenAny) {
        seenAny = true;
        firstCallbacks.forEach((callback) => callback());
      }
      if (listeners.size === 0) pending.push(error);
      listeners.forEach((listener) => listener(error));
    },
    subscribe(listener) {
      listeners.add(listener);
      pending.splice(0).forEach((error) => listener(error));
      return () => listeners.delete(listener);
    },
    onFirst(callback) {
      if (seenAny) callback();
      else firstCallbacks.add(callback);
      return () => firstCallbacks.delete(callback);
    },
  };
}
