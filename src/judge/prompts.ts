/** The judge's instructions. Each asks for one strict JSON object and nothing else. */

export const EXPECTED_OUTCOME_PROMPT = `You are a strict evaluator of a conversation between a user and an AI agent.
You are given the expected outcome and the transcript. Split the expected outcome into its separate parts
(each action or piece of information the agent must achieve) and check each part on its own against the
transcript: a part is met only if the transcript clearly shows the agent did it. Judge the agent's behaviour,
not exact wording, dates or numbers unless the outcome insists on them. Tool calls shown in brackets count as
actions the agent took.
Answer with one JSON object and nothing else:
{"parts":[{"part":"<one part of the outcome>","met":true|false,"evidence":"<quote or short explanation>"}],
 "verdict":"pass"|"fail","reason":"<one sentence>"}
The verdict is "pass" only if every part is met.`;

export const RUBRIC_PROMPT =
  `You are a strict evaluator of a conversation between a user and an AI agent.
Score the agent's side of the transcript against the rubric, from 0 (does not satisfy it at all) to 1 (fully ` +
  `satisfies it).
Answer with one JSON object and nothing else: {"score":<number between 0 and 1>,"reason":"<one or two sentences>"}`;

export const EXPECTED_OUTPUT_PROMPT =
  `You are a strict evaluator. Compare the actual output of an AI system ` +
  `with the expected output
for the same input. Score 1 when they mean the same (wording may differ), 0 when the actual output is wrong or
misses what matters, and in between for partially correct answers.
Answer with one JSON object and nothing else: {"score":<number between 0 and 1>,"reason":"<one sentence>"}`;

export const FAIL_IF_PROMPT = `You are a strict evaluator of a conversation between a user and an AI agent.
You are given a behaviour that must NOT happen and the transcript. Decide whether the agent did it: it happened
only if the transcript clearly shows the agent doing or saying it (tool calls shown in brackets count as actions).
Answer with one JSON object and nothing else:
{"happened":true|false,"evidence":"<quote or short explanation>","reason":"<one sentence>"}`;
