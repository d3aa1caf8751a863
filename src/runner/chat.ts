/** A ChatClient that reports each successful call, for spend tracking and judge-call records. */
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
