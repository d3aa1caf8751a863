const id=787;const ids=[787];const modules={9142:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{NA:()=>SCHEMA_LINE,ai:()=>CHECKOUT_ACTION,bX:()=>ACTION_REF});var _util_package_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(8864);const MAJOR_TAG=`v${_util_package_js__WEBPACK_IMPORTED_MODULE_0__.i.split(".")[0]}`;const ACTION_REF=`rehearse-dev/rehearse@${MAJOR_TAG}`;const SCHEMA_URL=`https://raw.githubusercontent.com/rehearse-dev/rehearse/${MAJOR_TAG}/schema/rehearse.schema.json`;const SCHEMA_LINE=`# yaml-language-server: $schema=${SCHEMA_URL}`;const NPX_COMMAND=null;const CHECKOUT_ACTION="actions/checkout@v7"}),1568:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Pq:()=>starterFiles,aS:()=>ROOT_FILE,yp:()=>AGENT_KINDS});var _constants_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(9142);const AGENT_KINDS=["command","openai","http"];const ROOT_FILE="rehearse.yaml";const WORKFLOW_FILE=".github/workflows/rehearse.yml";function starterFiles(agent,options={}){const files=[{path:ROOT_FILE,content:rootFile(agent)},{path:"rehearse/personas.yaml",content:PERSONAS},{path:"rehearse/profiles.yaml",content:PROFILES},{path:"rehearse/tools.yaml",content:TOOLS},{path:"rehearse/scenarios.yaml",content:SCENARIOS},{path:"rehearse/tests.yaml",content:TESTS},{path:WORKFLOW_FILE,content:workflow(agent,options.branch??"main")}];if(agent==="command")files.push({path:"rehearse/agent.mjs",content:COMMAND_AGENT,executable:true});if(agent==="openai")files.push({path:"rehearse/system-prompt.md",content:SYSTEM_PROMPT});return files}function agentBlock(agent){switch(agent){case"command":return`# A local process speaking JSON lines (rehearse/agent.mjs is a small rule-based
# example: replace the command with your own agent).
agents:
  - id: support-bot
    type: command
    command: [node, rehearse/agent.mjs]
    tools: [lookup_order]
    timeout_ms: 10000`;case"openai":return`# An OpenAI-compatible chat model with a system prompt and tools. The key is read
# from the environment variable named by api_key_env (never written here).
agents:
  - id: support-bot
    type: openai
    model: gpt-4o-mini
    system_prompt_file: rehearse/system-prompt.md
    tools: [lookup_order]`;case"http":return`# Your agent behind an HTTP endpoint: it receives the conversation as JSON and
# answers with a reply or tool calls (see "The agent protocol" in the README).
agents:
  - id: support-bot
    type: http
    url: \${AGENT_URL}
    headers:
      authorization: Bearer \${AGENT_TOKEN}
    tools: [lookup_order]
    timeout_ms: 30000`}}function rootFile(agent){return`${_constants_js__WEBPACK_IMPORTED_MODULE_0__.NA}
# Rehearse suite: simulated users talk to your agent; every conversation is
# judged against the tests' criteria. \`npx rehearse validate\` checks these files,
# \`npx rehearse run\` runs them.
version: 1
name: support-bot
include:
  - rehearse/*.yaml

# The simulated user of behavioral scenarios and the judge of LLM criteria.
# Without OPENAI_API_KEY, behavioral tests are skipped (listed with the reason)
# and the scripted ones (matched by regex, no LLM) still run.
simulator:
  model: gpt-4o-mini
judge:
  model: gpt-4o-mini

${agentBlock(agent)}

# The job fails when fewer than 80% of the tests pass, or a critical test fails.
# allow_skipped lets this starter run offline, before OPENAI_API_KEY is set:
# remove it once the key is a CI secret, so a missing key fails the job
# instead of skipping the behavioral test.
gate:
  min_pass_rate: 0.8
  fail_on: [critical, regression]
  allow_skipped: true

run:
  concurrency: 4
`}const PERSONAS=`${_constants_js__WEBPACK_IMPORTED_MODULE_0__.NA}
personas:
  - id: calm-customer
    name: Calm customer
    role: A customer who ordered from the shop online
    background: Orders a few times a year; polite and patient.
    traits: [polite, patient]
  - id: impatient-customer
    name: Impatient customer
    role: A customer whose order is late
    background: Has already waited a week and wants a clear answer.
    traits: [impatient, terse]
`;const PROFILES=`${_constants_js__WEBPACK_IMPORTED_MODULE_0__.NA}
# Test data: referenced as {{profile.key}} in scenarios and mock tools, and
# passed to the agent as context. Keep ids in step with the mock tools.
profiles:
  - id: ada-shipped
    description: An order that has shipped.
    data:
      first_name: Ada
      email: ada@example.com
      order_id: A-1001
  - id: ben-processing
    description: An order that is still being prepared.
    data:
      first_name: Ben
      email: ben@example.com
      order_id: B-2002
`;const TOOLS=`${_constants_js__WEBPACK_IMPORTED_MODULE_0__.NA}
# Mock tools: the output returned for each input, and a default for the rest.
tools:
  - name: lookup_order
    description: Look up an order by its id.
    parameters:
      type: object
      properties:
        order_id: { type: string }
      required: [order_id]
    mock:
      mappings:
        - when: { order_id: A-1001 }
          output: { found: true, order_id: A-1001, status: shipped, eta: "in 2 days" }
        - when: { order_id: B-2002 }
          output: { found: true, order_id: B-2002, status: processing }
      default:
        output: { found: false }
`;const SCENARIOS=`${_constants_js__WEBPACK_IMPORTED_MODULE_0__.NA}
scenarios:
  # Scripted: ordered conditions and verbatim actions. \`match: regex\` matches
  # the agent's replies without an LLM, so this runs offline.
  - id: order-status
    type: scripted
    match: regex
    description: The customer asks where the order is.
    max_turns: 4
    conditional_actions:
      role: You are a customer checking on an order.
      conditions:
        - id: 0
          condition: FIRST_MESSAGE
          action: "Hi, where is my order {{profile.order_id}}?"
          fixed_message: true
        - id: 1
          condition: The agent asks for the order number
          pattern: order number
          action: "It is {{profile.order_id}}."
          fixed_message: true
        - id: 2
          condition: The agent gives the order status
          pattern: 'is (shipped|processing|delivered)'
          action: Great, thanks! <endcall/>
          fixed_message: true

  # Behavioral: an objective and first-person instructions; the simulator
  # (an LLM) plays the user. Skipped when no simulator key is set.
  - id: late-order
    type: behavioral
    objective: Find out when a late order will arrive.
    instructions: >-
      You are {{profile.first_name}}. Your order {{profile.order_id}} is late.
      Ask where it is. Give the order number only when asked. If the agent
      gives a delivery estimate, thank it and end the conversation.
    first_message: My order still hasn't arrived.
    expected_outcome: The agent looks up the order and gives its status and, if known, when it will arrive.
    max_turns: 8
`;const TESTS=`${_constants_js__WEBPACK_IMPORTED_MODULE_0__.NA}
tests:
  - id: order-status-shipped
    name: A shipped order's status is given
    persona: calm-customer
    scenario: order-status
    profile: ada-shipped
    priority: critical
    tags: [smoke]
    criteria:
      - { type: tool_called, tool: lookup_order }
      - { type: text, contains: shipped }
      - { type: turns, max: 3 }

  - id: order-status-processing
    persona: impatient-customer
    scenario: order-status
    profile: ben-processing
    tags: [smoke]
    criteria:
      - { type: tool_called, tool: lookup_order }
      - { type: text, contains: processing }

  - id: late-order
    name: A late order gets a clear answer
    persona: impatient-customer
    scenario: late-order
    profile: ada-shipped
    priority: high
    criteria:
      - { type: rubric, rubric: The agent stays polite and never invents a delivery date., threshold: 0.8 }

# A set runs chosen tests several times, to tell a real failure from a fluke.
sets:
  - id: regression
    description: The flows that matter, three times each.
    tests:
      - { test: order-status-shipped, runs: 3, min_pass_rate: 0.67 }
      - { test: late-order, runs: 3 }
`;function workflow(agent,branch){const env=agent==="http"?["","        env:","          AGENT_URL: ${{ secrets.AGENT_URL }}","          AGENT_TOKEN: ${{ secrets.AGENT_TOKEN }}"].join("\n"):"";return`# Rehearse on every pull request: runs rehearse.yaml, compares it with the last
# run on the base branch, comments on the pull request and gates the merge.
# Pushes to ${branch} store the results that the next pull request compares with.
#
# Fork-safe: pull requests from forks get a read-only token and no secrets.
# Rehearse then never fails on a 403: it warns, writes the job summary and
# uploads the results artifact, and the gate still decides. To comment on
# fork pull requests, split this into a run workflow and a \`workflow_run\`
# report workflow (README: "Fork-safe comments"); never check out and run a
# fork's code in a job that has write permissions or secrets.
name: Rehearse
on:
  pull_request:
  push:
    branches: [${/^[\w./-]+$/.test(branch)?branch:JSON.stringify(branch)}]

permissions:
  contents: read        # check out the suite
  pull-requests: write  # the sticky PR comment
  checks: write         # the check run and its annotations
  actions: read         # download the previous run's artifact

concurrency:
  group: rehearse-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  rehearse:
    runs-on: ubuntu-latest
    steps:
      - uses: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__.ai}
      - uses: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__.bX}${env}
        with:
          config: rehearse.yaml
          openai-api-key: \${{ secrets.OPENAI_API_KEY }}   # empty on forks: behavioral tests are skipped
          fail-on: regression,critical
`}const SYSTEM_PROMPT=`You are the support assistant of an online shop.
Help customers with the status of their orders. When a customer mentions an
order, ask for its order number if you do not have it, then call
lookup_order and tell them its status. Never guess an order's status.
`;const COMMAND_AGENT=`#!/usr/bin/env node
// Example \`command\` agent for Rehearse: one JSON request line per turn on
// stdin, one JSON response line on stdout. To use a tool it answers
// {"call_tools": [...]} and waits for the {"type": "tool_results"} line.
// Replace it with your own agent (any language that reads and writes lines).
import { createInterface } from 'node:readline';

const ORDER_ID = /\\b([A-Z]-\\d{4})\\b/i;
const waiting = new Map();
const send = (response) => process.stdout.write(\`\${JSON.stringify(response)}\\n\`);

function onTurn(request) {
  const last = request.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
  const orderId = ORDER_ID.exec(last)?.[1]?.toUpperCase();
  if (orderId) {
    const id = \`\${request.turn}-lookup\`;
    waiting.set(request.session_id, (results) => {
      const order = results.find((r) => r.id === id)?.output;
      if (!order || !order.found) return send({ reply: \`I couldn't find order \${orderId}.\` });
      const eta = order.eta ? \`, arriving \${order.eta}\` : '';
      send({ reply: \`Your order \${orderId} is \${order.status}\${eta}.\` });
    });
    return send({ call_tools: [{ id, name: 'lookup_order', arguments: { order_id: orderId } }] });
  }
  if (/thank|bye/i.test(last)) return send({ reply: 'You are welcome. Goodbye!' });
  return send({ reply: 'Hello! I can check your order. What is your order number?' });
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (message.type === 'tool_results') {
    const resume = waiting.get(message.session_id);
    waiting.delete(message.session_id);
    return resume?.(message.results);
  }
  if (message.type === 'turn') return onTurn(message);
});
`}),3586:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{z:()=>writeNewFiles});var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(1455);var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(6760);var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(17);async function existingFiles(dir,files){const found=[];for(const file of files){if(await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir,file.path)).then(()=>true,()=>false))found.push(file.path)}return found}async function writeNewFiles(dir,files,force,command){const existing=force?[]:await existingFiles(dir,files);if(existing.length>0){throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`${existing.length===1?"this file exists":"these files exist"}: ${existing.join(", ")} \u2014 nothing was written (use --force to overwrite, see rehearse ${command} --help)`)}for(const file of files){const target=(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir,file.path);await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target),{recursive:true});await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target,file.content);if(file.executable)await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(target,493)}}}),7593:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Qx:()=>parseCommandArgs,Xc:()=>parseFormat,qe:()=>unknownOption});var node_util__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(7975);var node_util__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);var _suite_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(113);var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(17);function parseCommandArgs(command,config){try{return(0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config)}catch(error){const unknown=/^Unknown option '([^']+)'/.exec((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error))?.[1];if(unknown!==void 0)throw unknownOption(command,unknown,optionNames(config));const positional=/^Unexpected argument '([^']+)'/.exec((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error))?.[1];if(positional!==void 0)throw unexpectedArgument(command,positional,optionNames(config));throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error)} (see rehearse ${command} --help)`)}}function optionNames(config){return Object.entries(config.options??{}).flatMap(([name,option])=>[`--${name}`,...option.short?[`-${option.short}`]:[]])}function unknownOption(command,given,known){if(!given.startsWith("-"))return unexpectedArgument(command,given,known);const name=given.split("=")[0];const longOnly=known.filter(flag=>flag.startsWith("--"));const hint=(0,_suite_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__.h)(name,name.startsWith("--")?longOnly:known);return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`unknown option '${name}'${hint} (see rehearse ${command} --help)`)}function parseFormat(value,allowed,fallback,command){if(value===void 0)return fallback;if(allowed.includes(value))return value;throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`--format: expected one of ${allowed.join(", ")}, got '${value}' (see rehearse ${command} --help)`)}function unexpectedArgument(command,given,known){const suiteFile=/\.ya?ml$/i.test(given)&&known.includes("--config");return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(suiteFile?`unexpected argument '${given}': a suite file is given with -c, as in rehearse ${command} -c ${given}`:`unexpected argument '${given}': rehearse ${command} takes no positional arguments (see rehearse ${command} --help)`)}}),9787:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{initCommand:()=>initCommand});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(3024);var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(6760);var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);var _author_starter_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(1568);var _author_write_files_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(3586);var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(17);var _args_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(7593);var _default_branch_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(1916);const HELP=`Usage: rehearse init [--agent command|openai|http] [--dir <dir>] [--branch <name>] [--force]

Writes a starter suite (rehearse.yaml and rehearse/*.yaml: personas, profiles, a
mock tool, a scripted and a behavioral scenario, tests with criteria, a set, a
gate) and .github/workflows/rehearse.yml.
  --agent <kind>  the agent under test: command (default: a local script that
                  runs offline), openai (a chat model + system prompt), http
  --dir <dir>     where to write (default: the current directory)
  --branch <name> the branch whose pushes store the results pull requests compare
                  with (default: the repository's default branch: origin/HEAD,
                  else git's init.defaultBranch, else the current branch, else main)
  --force         overwrite files that exist (otherwise nothing is written)
  -q, --quiet     print only errors and the line that says what was written
`;async function initCommand(args,io){const{values}=(0,_args_js__WEBPACK_IMPORTED_MODULE_4__.Qx)("init",{args:[...args],options:{agent:{type:"string",default:"command"},dir:{type:"string",default:"."},branch:{type:"string"},force:{type:"boolean",default:false},help:{type:"boolean",short:"h",default:false}}});if(values.help){io.stdout(HELP);return 0}const agent=values.agent;if(!_author_starter_js__WEBPACK_IMPORTED_MODULE_6__.yp.includes(agent)){throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1(`--agent: expected one of ${_author_starter_js__WEBPACK_IMPORTED_MODULE_6__.yp.join(", ")}, got '${values.agent}' (see rehearse init --help)`)}const dir=(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd,values.dir);const branch=values.branch?{branch:values.branch,source:"--branch"}:await(0,_default_branch_js__WEBPACK_IMPORTED_MODULE_5__.OR)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir)?dir:io.cwd);const files=(0,_author_starter_js__WEBPACK_IMPORTED_MODULE_6__.Pq)(agent,{branch:branch.branch});await(0,_author_write_files_js__WEBPACK_IMPORTED_MODULE_2__.z)(dir,files,values.force,"init");io.stdout(`Wrote a starter suite for a${agent==="command"?"":"n"} ${agent} agent in ${dir}:
`);for(const file of files)io.stdout(`  ${file.path}
`);io.stdout(`The workflow stores results on pushes to ${branch.branch} (${branch.source}; --branch to change).
`);const root=(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd,(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir,_author_starter_js__WEBPACK_IMPORTED_MODULE_6__.aS));const config=root===_author_starter_js__WEBPACK_IMPORTED_MODULE_6__.aS?"":` -c ${root}`;io.stdout(`
Next:
  npx rehearse validate${config}
  npx rehearse run${config}
`);io.stdout("  commit the files, open a pull request: the workflow comments on it and gates the merge.\n");return 0}}),1916:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{OR:()=>defaultBranch,Te:()=>findDefaultBranch,uM:()=>gitIn});var node_child_process__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(1421);var node_child_process__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);function gitIn(cwd,timeoutMs=5e3){return(...args)=>new Promise(resolve=>{try{(0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git",args,{cwd,encoding:"utf8",timeout:timeoutMs},(error,stdout)=>resolve(error?void 0:stdout.trim()))}catch{resolve(void 0)}})}async function findDefaultBranch(git){const originHead=await git("symbolic-ref","--quiet","--short","refs/remotes/origin/HEAD");if(originHead?.startsWith("origin/"))return{branch:originHead.slice("origin/".length),source:"origin/HEAD"};for(const name of["main","master"])if(await git("rev-parse","--verify","--quiet",`refs/heads/${name}`)!==void 0)return{branch:name,source:"local branch"};const configured=await git("config","--get","init.defaultBranch");if(configured)return{branch:configured,source:"init.defaultBranch"};const branches=(await git("for-each-ref","--format=%(refname:short)","refs/heads/"))?.split("\n").filter(Boolean);if(branches?.length===1)return{branch:branches[0],source:"only branch"};return void 0}async function defaultBranch(cwd){const git=gitIn(cwd);const found=await findDefaultBranch(git);if(found)return found;const current=await git("symbolic-ref","--quiet","--short","HEAD");if(current)return{branch:current,source:"current branch"};return{branch:"main",source:"fallback"}}})};export{id,ids,modules};
