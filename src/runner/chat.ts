/** ChatClient decorators of a trial: spend tracking and judge-call records, and what its calls are retrying. */
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
 * Tells `note` what a call of this client is retrying (the model and the failed attempt's reason) while it waits to
 * retry, and undefined once the call ends: a trial timeout that strikes meanwhile can name the cause, not only the
 * time.
 */
export function retryNoting(inner: ChatClient, note: (retrying: string | undefined) => void): ChatClient {
  return {
    complete: async (request) => {
      try {
        return await inner.complete({
          ...request,
          onRetry: (info) => {
            request.onRetry?.(info);
            note(`${request.endpoint.model}: ${info.reason}`);
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
