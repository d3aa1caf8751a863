/** ChatClient decorators of a trial: spend tracking and judge-call records, and which call is in flight. */
import type { CallInFlight } from '../engine/abort.js';
import type { ChatClient, ChatResult } from '../llm/types.js';

export function recordingChat(
  inner: ChatClient,
  hooks: { onResult: (result: ChatResult, model: string) => void },
): ChatClient {
  return {
    complete: async (request) => {
      const result = await inner.complete(request);
      hooks.onResult(result, request.endpoint.model);
      return result;
    },
  };
}

/**
 * Tells `note` which call of this client is in flight (its model, its retries so far and why the last attempt
 * failed), and undefined once it ends: a trial timeout that strikes meanwhile can name the call it cut, not only the
 * time.
 */
export function callNoting(inner: ChatClient, note: (call: CallInFlight | undefined) => void): ChatClient {
  return {
    complete: async (request) => {
      const model = request.endpoint.model;
      note({ model, retries: 0 });
      try {
        return await inner.complete({
          ...request,
          onRetry: (info) => {
            request.onRetry?.(info);
            note({ model, retries: info.attempt, lastFailure: info.reason });
          },
        });
      } finally {
        note(undefined);
      }
    },
  };
}

/** Tells `onFailure` about every call of this client that throws (the error is thrown on as it was). */
export function failureNoting(inner: ChatClient, onFailure: (error: unknown) => void): ChatClient {
  return {
    complete: async (request) => {
      try {
        return await inner.complete(request);
      } catch (error) {
        onFailure(error);
        throw error;
      }
    },
  };
}
