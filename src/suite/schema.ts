/**
 * The suite format: zod schemas are the single source of truth.
 * Types are inferred from them, and `npm run schema` turns them into
 * `schema/rehearse.schema.json` for editor autocompletion.
 *
 * Every YAML file of a suite (the root config and the files it includes)
 * has the shape of `SuiteFileSchema`; settings such as `simulator` or `gate`
 * are only accepted in the root file (the loader enforces that).
 */
import { z } from 'zod';
// `fail_on`'s values are shared with the gate recorded in the results, so they live in the model.
import { FailOnSchema } from '../model/results.js';
import { brokenEnvReference, hasEnvReference } from '../util/env-template.js';
import {
  MAX_CONCURRENCY,
  MAX_CONDITION_ID,
  MAX_MIN_TIMES,
  MAX_PRICE_PER_MILLION_TOKENS,
  MAX_RETRIES,
  MAX_RUNS,
  MAX_STATUS,
  MAX_TIMEOUT_MS,
  MAX_TOOL_ROUNDS,
  MAX_TURNS,
  MAX_TURNS_METRIC,
  MAX_USD,
  DEFAULT_SCORER_TIMEOUT_MS,
} from './limits.js';
import { decimalNumber, wholeNumber } from './numbers.js';
import { RecordedTurnSchema } from './recorded-turns.js';

/** ids are referenced from other files, so keep them boring and greppable. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id: letters, digits, "-", "_" or "." (starting with a letter or digit)')
  .describe('Identifier, unique within its kind across all files of the suite.');

/** A time limit in ms: every `*timeout_ms` setting shares the bound. */
const TimeoutMsSchema = wholeNumber(1, MAX_TIMEOUT_MS, 'ms');

/** A latency bound in ms: a fraction is fine, beyond a day it is a typo like a timeout. */
const LatencyMsSchema = decimalNumber(0, MAX_TIMEOUT_MS, { minExcluded: true, unit: 'ms' });

/** The id of a scripted scenario's condition, where a condition, a follow-up or a checkpoint names one. */
const ConditionIdSchema = wholeNumber(0, MAX_CONDITION_ID);

const PriceSchema = decimalNumber(0, MAX_PRICE_PER_MILLION_TOKENS, { unit: 'USD per million tokens' });

const JsonObjectSchema = z.record(z.string(), z.unknown());

// ---------------------------------------------------------------- models

/** `api_key_env` names a variable; a key pasted there by mistake is never echoed back (see zod-issues.ts). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENV_NAME_EXPECTED =
  'the name of the environment variable holding the API key (letters, digits, _), not the key itself';

/** `localhost:8000` parses as a URL (scheme `localhost:`): only http(s) reaches a chat endpoint. */
const HttpUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * A URL, or one built from `${ENV}` references (`https://${LLM_HOST}/v1`,
 * `${AGENT_BASE_URL}`): filled in when the call goes live, so a replay does
 * not need the variable. With references only their syntax can be checked
 * here; the URL they make is checked when the call is made.
 */
export const BaseUrlSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = hasEnvReference(value)
      ? brokenEnvReference(value)
      : HttpUrlSchema.safeParse(value).success
        ? undefined
        : `expected an http(s) URL (https://…) or \${VAR} references to environment variables, got '${value}'`;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('OpenAI-compatible base URL (vLLM, Ollama, LiteLLM, gateways). `${ENV}` is interpolated.');

/** An OpenAI-compatible endpoint used by the simulator, the judge or an agent. */
export const ModelEndpointSchema = z
  .object({
    model: z.string().min(1).describe('Model name sent to the endpoint.'),
    base_url: BaseUrlSchema.optional(),
    api_key_env: z
      .string()
      .regex(ENV_NAME, ENV_NAME_EXPECTED)
      .default('OPENAI_API_KEY')
      .describe('Name of the environment variable holding the API key (never the key itself).'),
    temperature: decimalNumber(0, 2).optional(),
  })
  .strict();
export type ModelEndpoint = z.infer<typeof ModelEndpointSchema>;

const SimulatorPromptShape = {
  system_prompt: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Replaces the simulated user's default role prompt (who it is); the scenario's objective and instructions, " +
        'the profile and the guard rules are still added. `{{profile.x}}` and `{{persona.x}}` are filled in.',
    ),
  system_prompt_file: z
    .string()
    .min(1)
    .optional()
    .describe('Path (relative to the file that declares it) of the system prompt, instead of `system_prompt`.'),
};

/** The root `simulator:`: the model that plays the simulated user, and optionally its prompt (docs/suite-format.md). */
export const SimulatorSchema = ModelEndpointSchema.extend(SimulatorPromptShape).strict();
export type Simulator = z.infer<typeof SimulatorSchema>;

/** A persona's own simulator settings: each one set replaces the root `simulator:`'s for this persona's tests. */
export const PersonaSimulatorSchema = z
  .object({
    model: z.string().min(1).optional(),
    base_url: BaseUrlSchema.optional(),
    api_key_env: z.string().regex(ENV_NAME, ENV_NAME_EXPECTED).optional(),
    temperature: decimalNumber(0, 2).optional(),
    ...SimulatorPromptShape,
  })
  .strict();
export type PersonaSimulator = z.infer<typeof PersonaSimulatorSchema>;

/** USD per million tokens, per model; overrides the built-in price table. */
export const PricingSchema = z.record(z.string(), z.object({ input: PriceSchema, output: PriceSchema }).strict());
export type Pricing = z.infer<typeof PricingSchema>;

// ---------------------------------------------------------------- agents

/**
 * Real agents make many tool calls in one turn (in 200 τ-bench conversations,
 * 4% of turns take more than 10 and one takes 26): the default leaves room for
 * them, and still stops an agent stuck in a loop of tool calls.
 */
export const DEFAULT_MAX_TOOL_ROUNDS = 30;
const MaxToolRoundsSchema = wholeNumber(1, MAX_TOOL_ROUNDS)
  .default(DEFAULT_MAX_TOOL_ROUNDS)
  .describe(
    `Rounds of tool calls the agent may make in one turn before it must reply (default ${DEFAULT_MAX_TOOL_ROUNDS}); ` +
      'one more is an agent error.',
  );

const OpenAIAgentSchema = z
  .object({
    id: IdSchema,
    type: z.literal('openai'),
    model: z.string().min(1),
    base_url: BaseUrlSchema.optional(),
    api_key_env: z.string().regex(ENV_NAME, ENV_NAME_EXPECTED).default('OPENAI_API_KEY'),
    system_prompt: z.string().optional().describe('Inline system prompt.'),
    system_prompt_file: z
      .string()
      .optional()
      .describe('Path (relative to the file that declares the agent) of the system prompt.'),
    temperature: decimalNumber(0, 2).optional(),
    tools: z.array(z.string()).default([]).describe('Names of tools (declared under `tools`) offered to the agent.'),
    profile_context: z.boolean().default(true).describe('Pass the test profile to the agent as context.'),
    max_tool_rounds: MaxToolRoundsSchema,
  })
  .strict();

const HttpAgentSchema = z
  .object({
    id: IdSchema,
    type: z.literal('http'),
    url: z.string().min(1).describe('Endpoint that receives the conversation as JSON. `${ENV}` is interpolated.'),
    headers: z.record(z.string(), z.string()).default({}).describe('Request headers; `${ENV}` is interpolated.'),
    timeout_ms: TimeoutMsSchema.default(30_000),
    tools: z.array(z.string()).default([]),
    profile_context: z.boolean().default(true),
    max_tool_rounds: MaxToolRoundsSchema,
  })
  .strict();

const CommandAgentSchema = z
  .object({
    id: IdSchema,
    type: z.literal('command'),
    command: z.array(z.string().min(1)).min(1).describe('argv of a process speaking JSON lines on stdin/stdout.'),
    cwd: z.string().optional().describe('Working directory, relative to the file that declares the agent.'),
    env: z.record(z.string(), z.string()).default({}),
    timeout_ms: TimeoutMsSchema.default(30_000),
    tools: z.array(z.string()).default([]),
    profile_context: z.boolean().default(true),
    max_tool_rounds: MaxToolRoundsSchema,
  })
  .strict();

export const AgentSchema = z.discriminatedUnion('type', [OpenAIAgentSchema, HttpAgentSchema, CommandAgentSchema]);
export type Agent = z.infer<typeof AgentSchema>;
export type OpenAIAgent = z.infer<typeof OpenAIAgentSchema>;
export type HttpAgent = z.infer<typeof HttpAgentSchema>;
export type CommandAgent = z.infer<typeof CommandAgentSchema>;

// ---------------------------------------------------------------- personas

export const PersonaSchema = z
  .object({
    id: IdSchema,
    name: z.string().optional(),
    role: z.string().min(1).describe('Who the simulated user is, e.g. "customer who ordered a laptop".'),
    background: z.string().default(''),
    language: z.string().default('en').describe('BCP-47 language code the simulated user speaks.'),
    traits: z.array(z.string()).default([]).describe('Behavioural traits, e.g. "impatient", "terse".'),
    simulator: PersonaSimulatorSchema.optional().describe(
      "This persona's simulator model or prompt, overriding the root `simulator:` field by field.",
    ),
  })
  .strict();
export type Persona = z.infer<typeof PersonaSchema>;

// ---------------------------------------------------------------- scenarios

/** Tags the text-mode engine understands inside a conditional action. */
export const TEXT_MODE_TAGS = ['endcall', 'spell'] as const;
/** Tags that only make sense on a voice call; rejected with a clear message. */
export const VOICE_ONLY_TAGS = [
  'dtmf',
  'ivr',
  'voicemail',
  'interruption',
  'hold',
  'silence',
  'background_noise',
  'network_simulation',
  'speed',
  'volume',
] as const;

export const ConditionSchema = z
  .object({
    id: ConditionIdSchema.describe('Unique within the scenario; FIRST_MESSAGE has id 0.'),
    condition: z
      .union([z.string(), ConditionIdSchema])
      .describe(
        'What the agent says that triggers this action; "FIRST_MESSAGE" for the opening turn; for ' +
          '`action_followup`, the id of the condition it follows.',
      ),
    action: z
      .string()
      .describe(
        'What the simulated user says (fixed_message: true) or does (fixed_message: false). Text-mode tags: ' +
          '<endcall/>, <spell>…</spell>.',
      ),
    type: z.enum(['standard', 'action_followup']).default('standard'),
    fixed_message: z.boolean().describe('true: send `action` verbatim; false: the simulator phrases it.'),
    pattern: z
      .string()
      .optional()
      .describe('Regex (case-insensitive) matched against the agent message when the scenario uses `match: regex`.'),
    keywords: z
      .array(z.string())
      .optional()
      .describe(
        'Any of these words in the agent message triggers the condition when the scenario uses `match: keywords`.',
      ),
  })
  .strict();
export type Condition = z.infer<typeof ConditionSchema>;

const ScenarioBaseShape = {
  id: IdSchema,
  name: z.string().optional(),
  description: z.string().optional(),
  expected_outcome: z
    .string()
    .optional()
    .describe('What the agent should achieve; judged by the expected_outcome metric.'),
  max_turns: wholeNumber(1, MAX_TURNS)
    .default(12)
    .describe('Upper bound on simulated-user turns (counted after the recorded turns of `start_from`).'),
  tags: z.array(z.string()).default([]),
  start_from: z
    .array(RecordedTurnSchema)
    .min(1)
    .optional()
    .describe('Recorded turns the conversation starts from, in order; the simulation goes on after them.'),
  start_from_file: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Path (relative to this file) of a recorded transcript to start from, in any format `rehearse scenario ' +
        'from-transcript` reads.',
    ),
};

const BehavioralScenarioSchema = z
  .object({
    ...ScenarioBaseShape,
    type: z.literal('behavioral'),
    objective: z.string().min(1),
    instructions: z.string().min(1).describe('First-person instructions for the simulated user.'),
    first_message: z.string().optional().describe('Opening user message; omit to let the agent speak first.'),
  })
  .strict();

const ScriptedScenarioSchema = z
  .object({
    ...ScenarioBaseShape,
    type: z.literal('scripted'),
    match: z
      .enum(['llm', 'regex', 'keywords'])
      .default('llm')
      .describe('How conditions are matched: by the simulator LLM, or deterministically (no LLM at all).'),
    conditional_actions: z
      .object({
        role: z.string().min(1).describe('One sentence: who the simulated user pretends to be.'),
        conditions: z.array(ConditionSchema).min(1),
      })
      .strict(),
  })
  .strict();

export const ScenarioSchema = z.discriminatedUnion('type', [BehavioralScenarioSchema, ScriptedScenarioSchema]);
export type Scenario = z.infer<typeof ScenarioSchema>;
export type BehavioralScenario = z.infer<typeof BehavioralScenarioSchema>;
export type ScriptedScenario = z.infer<typeof ScriptedScenarioSchema>;

// ---------------------------------------------------------------- state

/** The initial state of a trial (records the tools read and write), inline or from a file; copied fresh per trial. */
const StateFieldsShape = {
  state: JsonObjectSchema.optional().describe(
    'Initial state (records the stateful tools read and write), copied fresh for every trial.',
  ),
  state_file: z
    .string()
    .min(1)
    .optional()
    .describe('Path (relative to this file) of a JSON or YAML file holding the initial state.'),
};

// ---------------------------------------------------------------- profiles

export const ProfileSchema = z
  .object({
    id: IdSchema,
    description: z.string().optional(),
    data: JsonObjectSchema.describe('Free key/values; referenced as {{profile.key}} or {{profile.a.b}}.'),
    ...StateFieldsShape,
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;

// ---------------------------------------------------------------- tools

export const ToolFailureSchema = z
  .object({
    error: z.string().optional().describe('Error message returned to the agent.'),
    status: wholeNumber(0, MAX_STATUS).optional().describe('Status code reported with the error.'),
    timeout: z.boolean().optional().describe('Simulate a backend that never answers (the call times out).'),
    delay_ms: wholeNumber(0, MAX_TIMEOUT_MS, 'ms').optional(),
  })
  .strict();

export const ToolMappingSchema = z
  .object({
    when: JsonObjectSchema.default({}).describe('Arguments to match; {{profile.x}} allowed.'),
    match: z
      .enum(['exact', 'partial', 'pattern'])
      .default('partial')
      .describe(
        'exact: the arguments equal `when`; partial: every key of `when` matches; pattern: every string in ' +
          '`when` is a regex (RE2, whole-value unless anchored otherwise) its argument must match.',
      ),
    output: z.unknown().optional().describe('Returned to the agent when the mapping matches.'),
    fail: ToolFailureSchema.optional().describe('Injected failure instead of an output.'),
  })
  .strict();
export type ToolMapping = z.infer<typeof ToolMappingSchema>;

/** A condition a stateful tool checks before it writes; a failed one is the tool's error, as a backend says it. */
export const StateRequireSchema = z
  .object({
    path: z.string().min(1).describe("Path into the state; `{arg}` segments are the call's arguments."),
    exists: z.boolean().optional().describe('The path must exist (true) or must not (false).'),
    equals: z.unknown().optional().describe('The value at the path must equal this (`{arg}` templates allowed).'),
    one_of: z.array(z.unknown()).optional().describe('The value at the path must be one of these.'),
    error: z.string().min(1).describe('The error the tool answers when the condition does not hold.'),
  })
  .strict();
export type StateRequire = z.infer<typeof StateRequireSchema>;

/**
 * A tool declared over the trial's state: a read (`read`, `find`), or a write
 * (`require`, then `set`, `append`, `remove`, then `returns`).
 */
export const StateToolSchema = z
  .object({
    read: z.string().min(1).optional().describe('Path to return, e.g. `orders[{order_id}]`.'),
    find: z
      .string()
      .min(1)
      .optional()
      .describe('Path of a collection (object or list) to search for the first record matching `where`.'),
    where: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Field path (inside a record) → value (`{arg}` templates allowed) that `find` matches.'),
    ignore_case: z.boolean().default(false).describe('`find` compares strings ignoring case and accents.'),
    require: z.array(StateRequireSchema).default([]).describe('Checked in order before any write.'),
    set: z.record(z.string(), z.unknown()).optional().describe('Path → value to write.'),
    append: z.record(z.string(), z.unknown()).optional().describe('Path of a list → value to append.'),
    remove: z.array(z.string().min(1)).optional().describe('Paths to remove.'),
    returns: z
      .string()
      .min(1)
      .optional()
      .describe('What the tool answers: a path (read after the writes), or `key` for the key `find` found.'),
    not_found: z.string().min(1).default('not found').describe('The error when `read` or `find` finds nothing.'),
  })
  .strict();
export type StateTool = z.infer<typeof StateToolSchema>;

export const ModuleToolSchema = z
  .object({
    file: z.string().min(1).describe('JS module (relative to this file) exporting the tool as a function.'),
    export: z.string().min(1).optional().describe("The export to call (default: the tool's name)."),
    timeout_ms: TimeoutMsSchema.optional().describe('Time limit of one call (default `run.mock_tool_timeout_ms`).'),
  })
  .strict();
export type ModuleTool = z.infer<typeof ModuleToolSchema>;

export const ToolSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a tool name: 1-64 letters, digits, "_" or "-"'),
    description: z.string().default(''),
    parameters: JsonObjectSchema.default({ type: 'object', properties: {} }).describe('JSON Schema of the arguments.'),
    strategy: z
      .enum(['mock', 'passthrough', 'none', 'state', 'module'])
      .default('mock')
      .describe(
        'mock: answers from mappings; state: reads and writes declared over the trial state; module: a function ' +
          'the suite names; passthrough: a real backend; none: implemented by the agent itself.',
      ),
    state: StateToolSchema.optional().describe('strategy state: the reads and writes.'),
    module: ModuleToolSchema.optional().describe('strategy module: where the function is.'),
    mock: z
      .object({
        mappings: z.array(ToolMappingSchema).default([]),
        default: z.object({ output: z.unknown().optional(), fail: ToolFailureSchema.optional() }).strict().optional(),
      })
      .strict()
      .optional(),
    passthrough: z
      .object({
        url: z.string().min(1),
        headers: z.record(z.string(), z.string()).default({}),
        timeout_ms: TimeoutMsSchema.default(15_000),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Tool = z.infer<typeof ToolSchema>;

// ---------------------------------------------------------------- metrics

/** Where in the conversation a criterion is evaluated instead of at its end (docs/scorers.md). */
export const CheckpointSchema = z.union([
  z
    .object({
      turn: wholeNumber(1, MAX_TURNS).describe("After the agent's n-th reply (1-based)."),
    })
    .strict(),
  z
    .object({
      step: ConditionIdSchema.describe(
        'Scripted scenarios: when the simulated user reaches the condition with this id (before it speaks).',
      ),
    })
    .strict(),
]);
export type Checkpoint = z.infer<typeof CheckpointSchema>;

const MetricBaseShape = {
  id: IdSchema.optional().describe('Name shown in reports; defaults to the type.'),
  threshold: decimalNumber(0, 1).optional().describe('Minimum score (0-1) to pass.'),
  at: CheckpointSchema.optional().describe(
    'Evaluate at a point of the conversation (`{ turn: 2 }`, `{ step: 3 }`) on the transcript up to it; ' +
      'not reached: the criterion fails.',
  ),
};

const stringOrList = z.union([z.string(), z.array(z.string())]);

export const MetricSchema = z.discriminatedUnion('type', [
  z.object({ ...MetricBaseShape, type: z.literal('expected_outcome'), outcome: z.string().optional() }).strict(),
  z.object({ ...MetricBaseShape, type: z.literal('rubric'), rubric: z.string().min(1) }).strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('expected_output'),
      match: z.enum(['llm', 'exact', 'contains', 'regex']).default('llm'),
    })
    .strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('tool_called'),
      tool: z.string().min(1),
      args: JsonObjectSchema.optional(),
      args_match: z.enum(['exact', 'partial']).default('partial'),
      list_order: z
        .enum(['exact', 'any'])
        .optional()
        .describe('any: lists in the arguments match in any order (as multisets). Default exact.'),
      min_times: wholeNumber(1, MAX_MIN_TIMES).default(1),
      times: wholeNumber(0, MAX_MIN_TIMES)
        .optional()
        .describe('Exactly this many matching calls (instead of at least `min_times`).'),
    })
    .strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('state'),
      path: z.string().min(1).describe('Path into the final state, e.g. `orders["#W1"].status`.'),
      equals: z.unknown().optional().describe('The value equals this.'),
      contains: z
        .unknown()
        .optional()
        .describe('A string holds this text, or a list holds an item matching this (JSON subset).'),
      exists: z.boolean().optional().describe('The path exists (true) or does not (false).'),
      matches: z.unknown().optional().describe('The value matches this JSON subset (extra keys allowed).'),
      list_order: z.enum(['exact', 'any']).default('any').describe('How lists compare in equals and matches.'),
    })
    .strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('state_unchanged'),
      except: z
        .array(z.string().min(1))
        .default([])
        .describe('Paths allowed to change (with everything inside them); anything else changed fails.'),
    })
    .strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('fail_if'),
      behavior: z.string().min(1).describe('A behaviour that must not happen, judged by the judge model.'),
    })
    .strict(),
  z.object({ ...MetricBaseShape, type: z.literal('tool_not_called'), tool: z.string().min(1) }).strict(),
  z.object({ ...MetricBaseShape, type: z.literal('tool_call_success') }).strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('tool_sequence'),
      tools: z.array(z.string()).min(1),
      mode: z.enum(['in_order', 'exact']).default('in_order'),
    })
    .strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('latency'),
      p50_ms: LatencyMsSchema.optional(),
      p95_ms: LatencyMsSchema.optional(),
      max_ms: LatencyMsSchema.optional(),
    })
    .strict(),
  z.object({ ...MetricBaseShape, type: z.literal('turns'), max: wholeNumber(1, MAX_TURNS_METRIC) }).strict(),
  z
    .object({ ...MetricBaseShape, type: z.literal('cost'), max_usd: decimalNumber(0, MAX_USD, { unit: 'USD' }) })
    .strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('text'),
      contains: stringOrList.optional(),
      not_contains: stringOrList.optional(),
      regex: z.string().optional(),
      scope: z.enum(['any', 'all', 'final']).default('any').describe('Which agent messages are checked.'),
    })
    .strict(),
  z.object({ ...MetricBaseShape, type: z.literal('json_schema'), schema: JsonObjectSchema }).strict(),
  z.object({ ...MetricBaseShape, type: z.literal('infrastructure') }).strict(),
  z
    .object({
      ...MetricBaseShape,
      type: z.literal('code'),
      module: z
        .string()
        .min(1)
        .describe('JS or TS module (.js, .mjs, .ts; relative to this file) exporting the scorer function.'),
      export: z.string().min(1).default('default').describe('The export to call.'),
      timeout_ms: TimeoutMsSchema.optional().describe(
        `Time limit of one evaluation (default ${DEFAULT_SCORER_TIMEOUT_MS} ms); past it the trial errors.`,
      ),
    })
    .strict(),
]);
export type Metric = z.infer<typeof MetricSchema>;
export type MetricType = Metric['type'];

/** A named, reusable metric declared once under `metrics`. */
export const NamedMetricSchema = MetricSchema.and(z.object({ id: IdSchema }).strict());

/** A criterion in a test: an inline metric or a reference to a named one (with an optional threshold override). */
export const CriterionSchema = z.union([
  z.object({ metric: IdSchema, threshold: decimalNumber(0, 1).optional() }).strict(),
  MetricSchema,
]);
export type Criterion = z.infer<typeof CriterionSchema>;

// ---------------------------------------------------------------- tests, sets, datasets

export const PrioritySchema = z.enum(['critical', 'high', 'normal', 'low']);
export type Priority = z.infer<typeof PrioritySchema>;

export const TestSchema = z
  .object({
    id: IdSchema,
    name: z.string().optional(),
    persona: IdSchema,
    scenario: IdSchema,
    profile: IdSchema.optional(),
    agent: IdSchema.optional().describe('Defaults to the only agent, or `defaults.agent`.'),
    criteria: z.array(CriterionSchema).default([]),
    ...StateFieldsShape,
    baseline_metrics: z
      .boolean()
      .default(true)
      .describe('Attach expected_outcome (when the scenario has one), infrastructure, tool_call_success and latency.'),
    tags: z.array(z.string()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: wholeNumber(1, MAX_RUNS).default(1),
    min_pass_rate: decimalNumber(0, 1).default(1).describe('Share of trials that must pass, e.g. 0.8 = "4 of 5".'),
    deterministic: z
      .boolean()
      .default(false)
      .describe(
        'true: the test gives the same outcome every time (e.g. a scripted scenario with exact checks): ' +
          "any pass→fail is a regression, with no confirmation trials and no share of the run's α.",
      ),
  })
  .strict();
export type Test = z.infer<typeof TestSchema>;

export const SetSchema = z
  .object({
    id: IdSchema,
    description: z.string().optional(),
    tests: z
      .array(
        z
          .object({
            test: IdSchema,
            runs: wholeNumber(1, MAX_RUNS).optional(),
            min_pass_rate: decimalNumber(0, 1).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type TestSet = z.infer<typeof SetSchema>;

export const DatasetItemSchema = z
  .object({
    id: IdSchema,
    input: z.string().min(1),
    expected_output: z.string().optional(),
    metadata: JsonObjectSchema.default({}),
    tags: z.array(z.string()).default([]),
  })
  .strict();
export type DatasetItem = z.infer<typeof DatasetItemSchema>;

export const DatasetSchema = z
  .object({
    id: IdSchema,
    description: z.string().optional(),
    agent: IdSchema.optional(),
    profile: IdSchema.optional(),
    criteria: z.array(CriterionSchema).default([{ type: 'expected_output', match: 'llm' }]),
    tags: z.array(z.string()).default([]),
    priority: PrioritySchema.default('normal'),
    runs: wholeNumber(1, MAX_RUNS).default(1),
    deterministic: z
      .boolean()
      .default(false)
      .describe('true: every item gives the same outcome every time (see tests[].deterministic).'),
    items: z.array(DatasetItemSchema).min(1),
  })
  .strict();
export type Dataset = z.infer<typeof DatasetSchema>;

// ---------------------------------------------------------------- variants, gate, run

/** Overrides applied to every trial of a variant: e.g. a model switch. */
export const VariantSchema = z
  .object({
    description: z.string().optional(),
    agent: IdSchema.optional().describe('Run every test against this agent instead.'),
    model: z.string().optional().describe('Model override for openai agents.'),
    base_url: BaseUrlSchema.optional(),
    system_prompt: z.string().optional(),
    system_prompt_file: z.string().optional(),
    temperature: decimalNumber(0, 2).optional(),
    baseline: z
      .boolean()
      .optional()
      .describe('true: the variant every other one is compared with (else the variant named `baseline`).'),
  })
  .strict();
export type Variant = z.infer<typeof VariantSchema>;

export const VARIANT_ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;
export const VARIANT_ID_EXPECTED = 'a variant id: letters, digits, "-", "_" or "." (starting with a letter)';

/**
 * Any number of variants, each compared with the one designated baseline (see src/suite/variants.ts). Variant ids
 * end test keys (`testId@variant`) and name report columns: a letter first (so declaration order is kept), and never
 * `default`, the id of a run without variants. Checked here, key by key, so each mistake is reported at its line.
 */
export const VariantsSchema = z.record(z.string(), VariantSchema).superRefine((variants, ctx) => {
  for (const id of Object.keys(variants)) {
    if (!VARIANT_ID.test(id))
      ctx.addIssue({ code: 'custom', path: [id], message: `expected ${VARIANT_ID_EXPECTED}, got '${id}'` });
    else if (id === 'default')
      ctx.addIssue({
        code: 'custom',
        path: [id],
        message: "'default' is the variant of a run without variants: choose another id",
      });
  }
  const designated = Object.keys(variants).filter((id) => designatesBaseline(id, variants[id]!));
  if (variants['baseline']?.baseline === false)
    ctx.addIssue({
      code: 'custom',
      path: ['baseline', 'baseline'],
      message: "the variant named 'baseline' is the baseline",
    });
  if (designated.length > 1)
    for (const id of designated.slice(1))
      ctx.addIssue({
        code: 'custom',
        path: id === 'baseline' ? [id] : [id, 'baseline'],
        message: `only one variant can be the baseline: ${designated.map((d) => `'${d}'`).join(' and ')} both are`,
      });
});

function designatesBaseline(id: string, variant: Variant): boolean {
  return id === 'baseline' || variant.baseline === true;
}

export const GateSchema = z
  .object({
    min_pass_rate: decimalNumber(0, 1)
      .default(1)
      .describe(
        '0-1: share of tests that must pass (errored tests count as not passing; invalid and not-run tests are ' +
          'left out). Default 1: any failing or erroring test fails the job.',
      ),
    fail_on: z.array(FailOnSchema).default(['regression', 'critical']),
    alpha: decimalNumber(0, 1, { minExcluded: true, maxExcluded: true })
      .default(0.05)
      .describe(
        "The run's false-fail rate: every comparison that can fail the gate is tested at alpha / comparisons " +
          '(one-sided Fisher exact; docs/statistics.md).',
      ),
    history: wholeNumber(1, 100)
      .default(10)
      .describe('Base-branch runs kept per test in the history the results carry and compare pools (default 10).'),
    allow_skipped: z
      .boolean()
      .default(false)
      .describe(
        "true: tests that could not run for lack of a key or endpoint (e.g. the simulator's API key is not set) " +
          'are listed but do not fail the gate. Default false: a missing CI secret fails the run instead of ' +
          'passing it silently.',
      ),
  })
  .strict();
export type Gate = z.infer<typeof GateSchema>;

/** Confirmation trials and early stopping (docs/statistics.md); the defaults are src/verdict's DEFAULT_CONFIRMATION. */
export const ConfirmationSettingsSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe('false: every test runs exactly its planned trials (no confirmation trials, no early stopping).'),
    max_extra: wholeNumber(0, MAX_RUNS)
      .default(20)
      .describe('Extra trials a suspected drop against the history or the previous run gets before its verdict.'),
    max_extra_paired: wholeNumber(0, MAX_RUNS)
      .default(25)
      .describe('Extra trials on each side when a candidate is compared with the baseline variant of the same run.'),
  })
  .strict();
export type ConfirmationConfig = z.infer<typeof ConfirmationSettingsSchema>;

/** Long enough to be a real wait, short enough for CI. */
export const DEFAULT_MOCK_TOOL_TIMEOUT_MS = 2_000;

export const RunSettingsSchema = z
  .object({
    concurrency: wholeNumber(1, MAX_CONCURRENCY).default(8),
    call_timeout_ms: TimeoutMsSchema.default(60_000),
    trial_timeout_ms: TimeoutMsSchema.default(300_000),
    mock_tool_timeout_ms: TimeoutMsSchema.default(DEFAULT_MOCK_TOOL_TIMEOUT_MS).describe(
      'How long a mock tool answering `fail: { timeout: true }` keeps the agent waiting before the call fails ' +
        `(default ${DEFAULT_MOCK_TOOL_TIMEOUT_MS} ms).`,
    ),
    retries: wholeNumber(0, MAX_RETRIES).default(3),
    budget_usd: decimalNumber(0, MAX_USD, { minExcluded: true, unit: 'USD' }).optional(),
    fail_fast: z.boolean().default(false).describe('Stop starting new trials after a critical test fails.'),
    confirmation: ConfirmationSettingsSchema.optional().describe(
      'Confirmation trials and early stopping; defaults when absent.',
    ),
    pass_hat_k: wholeNumber(1, MAX_RUNS)
      .default(3)
      .describe(
        'The k of pass^k (the chance that k trials in a row all pass), over the trials that passed, failed or ' +
          'errored (n); capped at n. Default 3.',
      ),
  })
  .strict();
export type RunSettings = z.infer<typeof RunSettingsSchema>;

// ---------------------------------------------------------------- files

export const SuiteFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1).describe('Suite format version.'),
    name: z.string().optional(),
    include: z.array(z.string()).default([]).describe('Globs, relative to this file, of more suite files.'),
    // Root-only settings
    simulator: SimulatorSchema.optional().describe(
      'Model (and optionally prompt) that plays the simulated user (behavioral scenarios, scripted match: llm). ' +
        'Root config only; personas may override it.',
    ),
    judge: ModelEndpointSchema.optional().describe(
      'Model that judges LLM metrics (expected_outcome, rubric). Root config only.',
    ),
    pricing: PricingSchema.optional().describe(
      'USD per million tokens per model, overriding the built-in table. Root config only.',
    ),
    defaults: z
      .object({ agent: IdSchema.optional(), profile: IdSchema.optional() })
      .strict()
      .optional()
      .describe('Agent and profile used by tests that name none. Root config only.'),
    variants: VariantsSchema.optional().describe(
      'Variants by id (e.g. baseline, candidate, one per model): every test runs under each, side by side, and each ' +
        'is compared with the baseline. Root config only.',
    ),
    gate: GateSchema.optional().describe('When the run fails the job. Root config only.'),
    run: RunSettingsSchema.optional().describe('Concurrency, timeouts, retries, budget. Root config only.'),
    // Collections, allowed in any file
    agents: z.array(AgentSchema).default([]).describe('Systems under test: openai, http or command.'),
    personas: z.array(PersonaSchema).default([]).describe('Simulated users: role, background, language, traits.'),
    scenarios: z
      .array(ScenarioSchema)
      .default([])
      .describe('What the simulated user tries to do: behavioral or scripted (conditional actions).'),
    profiles: z
      .array(ProfileSchema)
      .default([])
      .describe('Test data referenced as {{profile.x}} and passed to the agent.'),
    tools: z.array(ToolSchema).default([]).describe('Tools the agent may call: mock, passthrough or none.'),
    metrics: z
      .array(NamedMetricSchema)
      .default([])
      .describe('Reusable named metrics, referenced from criteria as `metric: <id>`.'),
    tests: z.array(TestSchema).default([]).describe('Persona + scenario (+ profile) against an agent, with criteria.'),
    sets: z.array(SetSchema).default([]).describe('Groups of tests with run counts.'),
    datasets: z.array(DatasetSchema).default([]).describe('Single-turn items scored against expected outputs.'),
  })
  .strict();
export type SuiteFile = z.infer<typeof SuiteFileSchema>;

export const ROOT_ONLY_KEYS = ['simulator', 'judge', 'pricing', 'defaults', 'variants', 'gate', 'run'] as const;
