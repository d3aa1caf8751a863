const id=412;const ids=[412];const modules={9142:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{NA:()=>SCHEMA_LINE,ai:()=>CHECKOUT_ACTION,bX:()=>ACTION_REF});var _util_package_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(8864);const MAJOR_TAG=`v${_util_package_js__WEBPACK_IMPORTED_MODULE_0__.i.split(".")[0]}`;const ACTION_REF=`rehearse-dev/rehearse@${MAJOR_TAG}`;const SCHEMA_URL=`https://raw.githubusercontent.com/rehearse-dev/rehearse/${MAJOR_TAG}/schema/rehearse.schema.json`;const SCHEMA_LINE=`# yaml-language-server: $schema=${SCHEMA_URL}`;const NPX_COMMAND=null;const CHECKOUT_ACTION="actions/checkout@v7"}),7136:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{$6:()=>authorEndpoint,$e:()=>askModel,HN:()=>askModelReply});var _llm_index_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(6627);var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(17);function authorEndpoint(flags,command){if(!flags.model)throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.j1(`--model is required: the model that writes scenarios, e.g. --model gpt-4o-mini (see rehearse ${command} --help)`);return{model:flags.model,api_key_env:flags["api-key-env"]??"OPENAI_API_KEY",...flags["base-url"]?{base_url:flags["base-url"]}:{}}}async function askModel(endpoint,env,messages,json){return(await askModelReply(endpoint,env,messages,json)).text}async function askModelReply(endpoint,env,messages,json){const missing=(0,_llm_index_js__WEBPACK_IMPORTED_MODULE_0__.uu)(endpoint,env);if(missing)throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.j1(missing);const chat=(0,_llm_index_js__WEBPACK_IMPORTED_MODULE_0__.ak)({env,pricing:_llm_index_js__WEBPACK_IMPORTED_MODULE_0__.V4,callTimeoutMs:12e4,retries:2});const result=await chat.complete({endpoint,messages:[{role:"system",content:messages.system},{role:"user",content:messages.user}],json});return{text:result.content??"",cutOff:result.finishReason==="length"}}}),620:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Bl:()=>DEFAULT_CATEGORIES,qr:()=>behavioralFromTranscriptPrompt,sT:()=>generatePrompt});const DEFAULT_CATEGORIES=["happy-path","edge-case","red-team"];function generatePrompt(agentPrompt,count,categories,guidance,tools=[]){const guidanceLine=guidance?`
Also: ${guidance}`:"";const toolsPart=tools.length>0?"\nThe agent's tools (propose mock answers for each, using these names and arguments):\n"+JSON.stringify(tools,null,1):"\nIf the system prompt describes tools the agent calls, propose them too, with mock answers.";return{system:`You write test scenarios for a conversational AI agent. Reply with YAML only, in this shape:
personas:
  - { id: kebab-id, name: ..., role: ..., background: ..., traits: [...] }
profiles:
  - { id: kebab-id, description: ..., data: { first_name: ..., order_id: ... } }
tools:
  - name: snake_case_name
    description: what it does
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    mock:
      mappings:
        - when: { order_id: "{{profile.order_id}}" }
          output: { status: shipped }
      default: { output: { error: not found } }
scenarios:
  - id: kebab-id
    category: one of ${categories.join(", ")}
    persona: a persona id
    profile: a profile id (optional)
    objective: what the simulated user wants, one sentence
    instructions: >-
      First-person, step by step: "You are {{profile.first_name}}. First ... Then ... If the agent ..., ..."
    first_message: the user's opening message
    expected_outcome: what the agent should do
    max_turns: 10
Test data (names, ids, dates, emails) goes in a profile and is written {{profile.key}} in the scenario, never inline.`,user:`The agent's system prompt:
"""
${agentPrompt.trim()}
"""
Write ${count} scenarios spread over these categories: ${categories.join(", ")}.${toolsPart}${guidanceLine}`}}function behavioralFromTranscriptPrompt(conversation,profileKeys){const placeholders=profileKeys.length>0?profileKeys.map(k=>`{{profile.${k}}}`).join(", "):"(none)";return{system:`You turn a recorded conversation into a behavioral test scenario for a simulated user.
Reply with a JSON object:
{"objective": "...", "instructions": "...", "first_message": "...", "expected_outcome": "..."}.
"instructions" are first-person and step by step, in the user's voice:
"You are {{profile.first_name}}. First ... Then ...".
Use these placeholders instead of the values they stand for: ${placeholders}.`,user:conversation}}}),1568:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Pq:()=>starterFiles,aS:()=>ROOT_FILE,yp:()=>AGENT_KINDS});var _constants_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(9142);const AGENT_KINDS=["command","openai","http"];const ROOT_FILE="rehearse.yaml";const WORKFLOW_FILE=".github/workflows/rehearse.yml";function starterFiles(agent,options={}){const files=[{path:ROOT_FILE,content:rootFile(agent)},{path:"rehearse/personas.yaml",content:PERSONAS},{path:"rehearse/profiles.yaml",content:PROFILES},{path:"rehearse/tools.yaml",content:TOOLS},{path:"rehearse/scenarios.yaml",content:SCENARIOS},{path:"rehearse/tests.yaml",content:TESTS},{path:WORKFLOW_FILE,content:workflow(agent,options.branch??"main")}];if(agent==="command")files.push({path:"rehearse/agent.mjs",content:COMMAND_AGENT,executable:true});if(agent==="openai")files.push({path:"rehearse/system-prompt.md",content:SYSTEM_PROMPT});return files}function agentBlock(agent){switch(agent){case"command":return`# A local process speaking JSON lines (rehearse/agent.mjs is a small rule-based
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
`}),3586:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{z:()=>writeNewFiles});var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(1455);var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(6760);var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(17);async function existingFiles(dir,files){const found=[];for(const file of files){if(await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir,file.path)).then(()=>true,()=>false))found.push(file.path)}return found}async function writeNewFiles(dir,files,force,command){const existing=force?[]:await existingFiles(dir,files);if(existing.length>0){throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`${existing.length===1?"this file exists":"these files exist"}: ${existing.join(", ")} \u2014 nothing was written (use --force to overwrite, see rehearse ${command} --help)`)}for(const file of files){const target=(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir,file.path);await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target),{recursive:true});await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target,file.content);if(file.executable)await(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(target,493)}}}),1412:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{scenarioCommand:()=>scenarioCommand});var external_node_fs_=__webpack_require__(3024);var external_node_path_=__webpack_require__(6760);var dist=__webpack_require__(8815);var constants=__webpack_require__(9142);var starter=__webpack_require__(1568);var schema=__webpack_require__(729);var errors=__webpack_require__(17);var starts=__webpack_require__(9183);;const EMAIL=/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;const ISO_DATE=/\b\d{4}-\d{2}-\d{2}\b/g;const IDENTIFIER=new RegExp(String.raw`\b(?:(order|booking|reservation|account|ticket|invoice|case|customer|policy|member)\s+`+String.raw`(?:number\s+|id\s+|no\.?\s+)?(?:is\s+)?)?#?([A-Z]{1,4}-?\d{3,}|\d{5,})\b`,"gi");const NAMED_TOKEN=/\b(order|booking|reservation|account|ticket|invoice|case|customer|policy|member|user)\s+(?:number\s+|id\s+|no\.?\s+)?(?:is\s+)?(#?(?=[A-Za-z0-9_]*\d)[A-Za-z0-9_]{5,})\b/gi;const NAME_PART=String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*`;const NAME=new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Mm]y name(?: is|['’]s)|[Tt]his is|[Cc]all me|I am|I['’]m|[Nn]ame\s*:)\s+`+`(${NAME_PART}(?:\\s+${NAME_PART})?)(?![\\p{L}\\p{N}])`,"gu");const NOT_A_NAME=new Set("sorry not just looking trying calling having still here interested happy glad fine good okay afraid sure writing reaching following checking unable able going getting wondering confused frustrated hoping very so really also the a an in on at from with about urgent important regarding re done back new".split(" "));function extractProfileValues(userTexts){const found=new Map;const add=(base,value)=>{if([...found.values()].includes(value))return;let key=base;for(let n=2;found.has(key);n++)key=`${base}_${n}`;found.set(key,value)};for(const text of userTexts){for(const match of text.matchAll(EMAIL))add("email",match[0]);for(const match of text.matchAll(ISO_DATE))add("date",match[0]);for(const match of text.matchAll(IDENTIFIER)){if(/^\d{4}$/.test(match[2]))continue;add(match[1]?`${match[1].toLowerCase()}_id`:"id",match[2])}for(const match of text.matchAll(NAMED_TOKEN))add(`${match[1].toLowerCase()}_id`,match[2]);for(const match of text.matchAll(NAME)){const parts=match[1].split(/\s+/);if(NOT_A_NAME.has(parts[0].toLowerCase()))continue;const[first,...rest]=parts.filter(part=>!NOT_A_NAME.has(part.toLowerCase()));add("first_name",first);if(rest.length>0)add("last_name",rest.join(" "))}}return[...found].map(([key,value])=>({key,value}))}function templateValues(text,values){let out=text;for(const{key,value}of[...values].sort((a,b)=>b.value.length-a.value.length)){out=out.split(value).join(`{{profile.${key}}}`)}return out};function scriptedSuiteFromTranscript(transcript2,options){return scriptedSuiteFromTranscripts([transcript2],options)}function scriptedSuiteFromTranscripts(transcripts,options){const persona=options.persona??`${options.id}-user`;const profiles=[];const scenarios=[];const tests=[];transcripts.forEach((transcript2,i)=>{const id2=transcripts.length===1?options.id:`${options.id}-${i+1}`;const one=oneConversation(transcript2,id2,persona,options.match??"regex",options.startFrom??0);if(one.profile)profiles.push(one.profile);scenarios.push(one.scenario);tests.push(one.test)});const tools=mockTools(transcripts.flatMap(t=>t.turns.flatMap(turn=>turn.toolCalls)));return{...options.persona?{}:{personas:[{id:persona,role:"The user of a recorded conversation"}]},...profiles.length>0?{profiles}:{},...tools.length>0?{tools}:{},scenarios,tests}}function oneConversation(transcript2,id2,persona,match,startFrom){const{turns}=transcript2;checkStartFrom(transcript2,startFrom);const userTexts=turns.filter(t=>t.role==="user").map(t=>t.text);const values=extractProfileValues(userTexts);const conditions=userConditions(turns,values,startFrom);const live=turns.slice(startFrom);const criteria=outcomeCriteria(live,values);const spoken=turns.filter(t=>t.role==="agent"&&t.text!=="").length;const liveUsers=live.filter(t=>t.role==="user").length;const scenario={id:id2,type:"scripted",match,description:`Pursues the goal of a recorded conversation (${transcript2.source}, ${transcript2.format}, ${userTexts.length} user and ${spoken} agent messages), answering what the agent asks, however it words it.`+(startFrom>0?` Starts from its first ${startFrom} turns as recorded.`:""),...startFrom>0?{start_from:turns.slice(0,startFrom).map(starts.N)}:{},max_turns:liveUsers+2,conditional_actions:{role:"You are the user of the recorded conversation: pursue the same goal, with the same data.",conditions}};return{...values.length>0?{profile:{id:id2,description:`Values from ${transcript2.source}.`,data:Object.fromEntries(values.map(v=>[v.key,v.value]))}}:{},scenario,test:{id:id2,name:`Recorded conversation ${id2} reaches the same outcome`,persona,scenario:id2,...values.length>0?{profile:id2}:{},tags:["from-transcript"],criteria}}}function userConditions(turns,values,startFrom=0){const conditions=[];const spoken=turns.filter(t=>t.role==="user"||t.text!=="");const recorded=turns.slice(0,startFrom).filter(t=>t.role==="user"||t.text!=="").length;if(spoken[0]?.role==="agent"||startFrom>0)conditions.push({id:0,condition:"FIRST_MESSAGE",action:"",fixed_message:true});const lastUser=spoken.map(t=>t.role).lastIndexOf("user");spoken.forEach((turn,i)=>{if(turn.role!=="user"||i<recorded)return;const action=templateValues(turn.text,values);const previous=spoken[i-1];if(!previous||previous.role!=="agent"){if(conditions.length===0)conditions.push({id:0,condition:"FIRST_MESSAGE",action,fixed_message:true});else{const parent=conditions.at(-1);conditions.push({id:conditions.length,type:"action_followup",condition:Number(parent["id"]),action,fixed_message:true})}return}const intent=intentOf(previous.text,turn.text,values,i===lastUser);conditions.push({id:conditions.length,condition:intent.condition,pattern:intent.pattern,...intent.keywords.length>0?{keywords:intent.keywords}:{},action,fixed_message:true})});if(turns.at(-1)?.role==="user"){const last=conditions.at(-1);last["action"]=`${String(last["action"])} <endcall/>`.trim()}return conditions}function checkStartFrom(transcript2,startFrom){if(startFrom===0)return;const{turns,source}=transcript2;const rest=turns.slice(startFrom);if(rest.length===0)throw new errors.j1(`--start-from ${startFrom}: ${source} has ${turns.length} turns; leave at least one to simulate`);if(turns[startFrom-1]?.role==="user"&&rest[0]?.role==="user")throw new errors.j1(`--start-from ${startFrom}: turns ${startFrom} and ${startFrom+1} of ${source} are both the user's; start after an agent turn or just before one`)}const SLOT_WORDS={id:["id","number","reference","code"],email:["e-?mail","email address"],date:["date","when","day"],first_name:["name","who"],last_name:["name","surname"],order_id:["order","purchase"],booking_id:["booking","reservation","confirmation"],reservation_id:["reservation","booking","confirmation"],account_id:["account"],ticket_id:["ticket","case"],invoice_id:["invoice","bill"],case_id:["case","ticket"],customer_id:["customer","account"],policy_id:["policy"],member_id:["member","membership"],user_id:["user ?id","username","account"],zip:["zip","postal","post ?code"],phone:["phone","number"]};const SYNONYMS=[["refund","reimburs","money back","credit back"],["cancel","call off","void"],["address","ship","deliver","send it"],["confirm","proceed","go ahead","correct","right"],["replac","exchang","swap"],["return","send back"],["order","purchase"],["book","reserv"],["email","e-mail"],["transfer","human","specialist","colleague"],["anything else","other question","further","more help","else"]];const YES_NO_CUES=["would you like","do you want","want me to","like me to","shall i","should i","can i","may i","is that (?:ok|okay|right|correct|alright|fine)","confirm","proceed","go ahead"];const AFFIRMATIVE=/^\W*(yes|yeah|yep|yup|sure|ok|okay|please|go ahead|correct|confirm|that'?s (right|correct)|absolutely|definitely|no|nope|not really)\b/i;const CLOSING=/^\W*no\W*$|\b(thanks?|thank you|bye|goodbye|that'?s (all|it|everything)|that is all|nothing else|no(,| more)? (thanks|that'?s)|appreciate|have a (good|great|nice))\b/i;const STOPWORDS=new Set(["a about above after again all also am an and any are as at be been before being below both but by can could","did do does doing done for from further had has have having he her here hers him his how i if in into is it","its itself just let like me more most my no nor not now of off on once only or other our ours out over own","please same she should so some such than that the their theirs them then there these they this those through","to too under until up very was we were what when where which while who whom why will with would you your","yours yourself sure okay ok thank thanks sorry hear happy glad help assist today great perfect certainly","absolutely course need want know give tell share provide get got able kindly moment right away could","shall may might must also just really well alright hello hi hey first next see look check let us"].join(" ").split(" "));function intentOf(agentText,userText,values,isLastUserTurn){const example=oneLine(agentText);if(isLastUserTurn&&CLOSING.test(userText)&&userText.length<120){return{condition:`The agent has finished, or asks whether there is anything else (recorded: "${example}")`,pattern:"[\\s\\S]",keywords:[]}}const cues=new Set;const keywords=new Set;const slots=values.filter(v=>userText.includes(v.value)&&!agentText.includes(v.value));const slotNames=[];for(const slot of slots){const base=slot.key.replace(/_\d+$/,"");const words=SLOT_WORDS[base]??[base.replace(/_id$/,"").replace(/_/g," ")];slotNames.push(base.replace(/_/g," "));for(const word of words)cues.add(word.replace(/ /g,"\\s*"));keywords.add(base.replace(/_id$/,"").replace(/_/g," "))}const question=questionPart(agentText);for(const{stem,word}of contentWords(question,values)){cues.add(stemPattern(stem));keywords.add(word);for(const group of SYNONYMS){if(group.some(s=>stem.startsWith(s)||s.startsWith(stem)))for(const s of group)cues.add(stemPattern(s))}}const yesNo=slots.length===0&&AFFIRMATIVE.test(userText)&&userText.split(/\s+/).length<=12;if(yesNo)for(const cue of YES_NO_CUES)cues.add(cue.replace(/ /g,"\\s+"));const condition=slotNames.length>0?`The agent asks for the user's ${[...new Set(slotNames)].join(" or ")} (recorded: "${example}")`:yesNo?`The agent asks whether the user wants this or agrees (recorded: "${example}")`:`The agent says something meaning: "${example}"`;const pattern=cues.size>0?`\\b(?:${[...cues].join("|")})`:"[\\s\\S]";return{condition,pattern,keywords:[...keywords].map(k=>k.replace(/\\s\*|\\s\+|\?/g," ").trim())}}function questionPart(text){const sentences=text.replace(/\s+/g," ").trim().split(/(?<=[.?!:])\s+/).filter(s=>s.length>0);const questions=sentences.filter(s=>s.includes("?"));return(questions.length>0?questions:sentences.slice(-1)).join(" ")}function contentWords(text,values=[]){let plain=text.toLowerCase();for(const v of values)plain=plain.split(v.value.toLowerCase()).join(" ");const found=[];for(const word of plain.split(/[^a-z'-]+/)){const w=word.replace(/^['-]+|['-]+$/g,"").replace(/'s$/,"");if(w.length<4||STOPWORDS.has(w)||/'/.test(w))continue;const stem=stemOf(w);if(stem.length>=3&&!found.some(f=>f.stem===stem))found.push({stem,word:w})}return found.slice(0,6)}function contentStems(text,values=[]){return contentWords(text,values).map(f=>f.stem)}function stemOf(word){for(const suffix of["ations","ation","ments","ment","ings","ing","ies","ied","ed","es","s","e","y"]){if(word.endsWith(suffix)&&word.length-suffix.length>=4)return word.slice(0,-suffix.length)}return word}function stemPattern(stem){return stem.replace(/[.*+?^${}()|[\]\\]/g,"\\$&").replace(/ /g,"\\s+")}function oneLine(text){const flat=text.replace(/\s+/g," ").replace(/\{\{|\}\}/g,"").replace(/"/g,"'").trim();return flat.length>120?`${flat.slice(0,117)}...`:flat}const READ_ONLY=/^(get|find|search|lookup|look_up|list|check|fetch|read|view|show|query|retrieve|describe|calculate|compute|verify|validate|count|browse)(_|-|[A-Z]|$)/;const NO_OP=/^(think|thought|reason|reasoning|reflect|plan|scratchpad|note|notes|calculator|calculate)$/i;const TRANSFER=/transfer|escalat|hand_?off|handover|human_agent/i;const MAX_ARG_WORDS=8;function isOutcomeCall(call){if(call.failed)return false;if(NO_OP.test(call.name))return false;if(TRANSFER.test(call.name))return true;return!READ_ONLY.test(call.name)}function outcomeCriteria(turns,values){const calls=turns.flatMap(t=>t.toolCalls);const outcome=uniqueCalls(calls.filter(isOutcomeCall).map(call=>({...call,arguments:stableArgs(call.arguments)})));const criteria=outcome.map(call=>({type:"tool_called",tool:call.name,...Object.keys(call.arguments).length>0?{args:templateArgs(call.arguments,values)}:{}}));const facts=answerFacts(turns);if(facts.length>0)criteria.push({type:"text",contains:facts,scope:"any"});else if(criteria.length===0){const answer=finalAnswer(turns);const stems=answer?contentStems(answer.text).slice(0,4):[];if(stems.length>0)criteria.push({type:"text",regex:`(?i)\\b(?:${stems.map(stemPattern).join("|")})`,scope:"any"})}return criteria}function stableArgs(args){return Object.fromEntries(Object.entries(args).filter(([,value])=>!(typeof value==="string"&&value.split(/\s+/).length>MAX_ARG_WORDS)))}function templateArgs(args,values){const byValue=new Map(values.map(v=>[v.value,`{{profile.${v.key}}}`]));const walk=value=>{if(typeof value==="string")return byValue.get(value)??value;if(Array.isArray(value))return value.map(walk);if(typeof value==="object"&&value!==null)return Object.fromEntries(Object.entries(value).map(([k,v])=>[k,walk(v)]));return value};return walk(args)}function finalAnswer(turns){const agent=turns.filter(t=>t.role==="agent"&&t.text.trim()!=="");const lastWithCalls=agent.map(t=>t.toolCalls.length>0).lastIndexOf(true);if(lastWithCalls>=0)return agent[lastWithCalls];return[...agent].reverse().find(t=>!CLOSING.test(t.text)||t.text.length>80)??agent.at(-1)}function answerFacts(turns){const answer=finalAnswer(turns);if(!answer)return[];const text=answer.text;const said=turns.filter(t=>t.role==="user").map(t=>t.text.toLowerCase()).join("\n");const outputs=turns.flatMap(t=>t.toolCalls).filter(call=>!call.failed).flatMap(call=>leafStrings(call.output));const facts=[];const add=fact=>{const f=fact.trim();if(f===""||said.includes(f.toLowerCase())||facts.some(x=>x.toLowerCase().includes(f.toLowerCase())))return;facts.push(f)};for(const value of outputs.filter(v=>/\d/.test(v)&&v.length<=24)){if(text.includes(value))add(value)}if(facts.length>0)return facts.slice(0,3);for(const value of outputs.filter(v=>!/\d/.test(v)&&v.length>=4&&v.length<=40)){if(new RegExp(`(?<![\\p{L}\\p{N}])${from_transcript_escape(value)}(?![\\p{L}\\p{N}])`,"iu").test(text))add(value)}return facts.slice(0,1)}function leafStrings(value){if(typeof value==="string")return[value];if(typeof value==="number")return[String(value)];if(Array.isArray(value))return value.flatMap(leafStrings);if(typeof value==="object"&&value!==null)return Object.values(value).flatMap(leafStrings);return[]}function from_transcript_escape(text){return text.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function uniqueCalls(calls){const seen=new Set;return calls.filter(call=>{const key=`${call.name} ${JSON.stringify(call.arguments)}`;if(seen.has(key))return false;seen.add(key);return true})}function mockTools(calls){const byName=new Map;for(const call of calls)byName.set(call.name,[...byName.get(call.name)??[],call]);return[...byName].map(([name,seen])=>({name,description:`Recorded from a transcript (${seen.length} call${seen.length===1?"":"s"}).`,parameters:{type:"object",properties:Object.fromEntries(argumentNames(seen).map(arg=>[arg.name,{type:arg.type}]))},mock:{mappings:uniqueCalls(seen).map(call=>({when:call.arguments,output:call.output??(NO_OP.test(name)?"":{})})),default:{output:NO_OP.test(name)?"":{error:"no recorded answer for these arguments"}}}}))}function argumentNames(calls){const types=new Map;for(const call of calls){for(const[name,value]of Object.entries(call.arguments)){if(!types.has(name))types.set(name,Array.isArray(value)?"array":value===null?"null":typeof value==="object"?"object":typeof value)}}return[...types].map(([name,type])=>({name,type}))}var prompts=__webpack_require__(620);;async function behavioralSuiteFromTranscript(transcript2,options,ask){const scripted=scriptedSuiteFromTranscript(transcript2,options);const values=extractProfileValues(transcript2.turns.filter(t=>t.role==="user").map(t=>t.text));const conversation=transcript2.turns.map(t=>`${t.role==="user"?"User":"Agent"}: ${templateValues(t.text,values)}`).join("\n");const reply=await ask((0,prompts.qr)(conversation,values.map(v=>v.key)));let proposed;try{proposed=JSON.parse(reply)}catch{throw new errors.j1(`the model's reply is not a JSON object; nothing was written. It began: ${JSON.stringify(reply.slice(0,80))}`)}const userTurns=transcript2.turns.filter(t=>t.role==="user").length;const parsed=schema.x6.safeParse({max_turns:userTurns+2,...proposed,id:options.id,type:"behavioral"});if(!parsed.success){const issue=parsed.error.issues[0];throw new errors.j1(`the model's scenario is not valid (${issue?.path.join(".")}: ${issue?.message}); nothing was written`)}const known=new Set(values.map(v=>v.key));const scenario=parsed.data;for(const match of`${scenario.instructions}
${scenario.first_message??""}`.matchAll(/\{\{\s*profile\.(\w+)[^}]*\}\}/g)){if(!known.has(match[1]))throw new errors.j1(`the model's scenario uses {{profile.${match[1]}}}, which the transcript has no value for; nothing was written`)}const tests=scripted.tests.map(t=>({...t,criteria:t.criteria.filter(c=>c.type==="tool_called")}));return{...scripted,scenarios:[parsed.data],tests}}var llm=__webpack_require__(7136);var suite=__webpack_require__(2462);var transcript=__webpack_require__(3900);var write_files=__webpack_require__(3586);var bom=__webpack_require__(5258);var cli_args=__webpack_require__(7593);var number_flags=__webpack_require__(7739);;const HELP=`Usage: rehearse scenario from-transcript <file>... [options]

Turns recorded conversations into one suite file. Each file may hold one
conversation or many: OpenAI chat messages (JSON), a \u03C4-bench or \u03C4\xB2-bench
results file as it is, JSON lines (one message or one conversation per line),
or "User:" / "Agent:" text with "Tool: name {args} -> output" lines.

For each conversation: a scripted scenario whose user pursues the same goal
and answers what the agent asks (its intent, not its exact words), a profile
with the names, ids, dates and emails it found, and a test checking the
outcome (the successful state-changing tool calls and their arguments, the
facts of the final answer, a transfer). Tools are shared: one mock per tool
answering as recorded. No LLM. Benchmark conversations whose reward says the
task was not solved are left out (and named).
  --id <id>              id of the scenario and test (default: from the file name;
                         several conversations get <id>-1, <id>-2, \u2026)
  --persona <id>         use this persona instead of writing one
  --match <mode>         how the user recognises the agent's questions: regex
                         (default), keywords, or llm (needs a simulator model in
                         your suite; the conditions are written in words too)
  --start-from <n>       replay the first n turns as recorded (start_from) and
                         simulate onwards: the user's answers and the criteria
                         come from the turns after them
  --include-unsolved     keep benchmark conversations with a reward below 1
  -o, --output <file>    where to write (default rehearse/<id>.yaml)
  --force                overwrite the output file
  --behavioral           let a model write a behavioral scenario instead (one
                         conversation; needs --model)
  --model <model>, --base-url <url>, --api-key-env <name>   the model for --behavioral
`;async function scenarioCommand(args,io){const[sub,...rest]=args;if(!sub||sub==="-h"||sub==="--help"||sub==="help"){io.stdout(HELP);return sub?0:2}if(sub!=="from-transcript")throw new errors.j1(`unknown subcommand '${sub}': expected from-transcript (see rehearse scenario --help)`);const{values,positionals}=(0,cli_args.Qx)("scenario",{args:rest,allowPositionals:true,options:{id:{type:"string"},persona:{type:"string"},match:{type:"string"},"start-from":{type:"string"},"include-unsolved":{type:"boolean",default:false},output:{type:"string",short:"o"},force:{type:"boolean",default:false},behavioral:{type:"boolean",default:false},model:{type:"string"},"base-url":{type:"string"},"api-key-env":{type:"string"},help:{type:"boolean",short:"h",default:false}}});if(values.help){io.stdout(HELP);return 0}if(positionals.length===0)throw new errors.j1("expected one or more transcript files (see rehearse scenario --help)");const match=values.match??"regex";if(!["regex","keywords","llm"].includes(match))throw new errors.j1(`--match: expected regex, keywords or llm, got '${match}'`);const startFrom=startFromFlag(values["start-from"],values.behavioral);const transcripts=[];for(const file of positionals){const text=await(0,bom.Gu)((0,external_node_path_.resolve)(io.cwd,file)).catch(()=>{throw new errors.j1(`cannot read ${file}`)});const read=(0,transcript.xb)(text,file,{includeUnsolved:values["include-unsolved"]});for(const skipped of read.skipped)io.stderr(`left out ${skipped}
`);transcripts.push(...read.transcripts)}if(transcripts.length===0)throw new errors.j1("no conversation left to turn into a test (see the lines above)");const id2=values.id??idFromFile(positionals[0]);const options={id:id2,match,...values.persona?{persona:values.persona}:{},...startFrom?{startFrom}:{}};let fragment;if(values.behavioral){if(transcripts.length!==1)throw new errors.j1(`--behavioral takes one conversation; these files hold ${transcripts.length} (drop --behavioral for one suite of all)`);const endpoint=(0,llm.$6)(values,"scenario");fragment=await behavioralSuiteFromTranscript(transcripts[0],options,prompt=>(0,llm.$e)(endpoint,io.env,prompt,true))}else{fragment=scriptedSuiteFromTranscripts(transcripts,options)}const output=values.output??`rehearse/${id2}.yaml`;fragment=withoutDeclaredTools(fragment,await declaredTools(io.cwd,output),io);const formats=[...new Set(transcripts.map(t=>t.format))].join(", ");const sources=positionals.map(f=>(0,external_node_path_.basename)(f)).join(", ");const header=`# From ${sources} (${formats}) by \`rehearse scenario from-transcript\`.`;const content=`${constants.NA}
${header}
${(0,dist.As)(fragment,{lineWidth:0,aliasDuplicateObjects:false})}`;await(0,write_files.z)(io.cwd,[{path:output,content}],values.force,"scenario");const turns=transcripts.reduce((n,t)=>n+t.turns.length,0);const what=transcripts.length===1?`${values.behavioral?"a behavioral":"a scripted"} scenario and test '${id2}'`:`${transcripts.length} scripted scenarios and tests '${id2}-1'\u2026'${id2}-${transcripts.length}'`;io.stdout(`Wrote ${what} from ${turns} turns (${formats}) to ${output}
`);return 0}const MAX_START_FROM=1e6;function startFromFlag(text,behavioral){if(text===void 0)return void 0;if(behavioral)throw new errors.j1("--start-from makes a scripted scenario; for a behavioral one, set start_from_file in the scenario");return(0,number_flags.ZR)("--start-from",text,{min:1,max:MAX_START_FROM,unit:"turns"})}function idFromFile(file){const id2=(0,external_node_path_.basename)(file,(0,external_node_path_.extname)(file)).toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"");return id2||"from-transcript"}async function declaredTools(cwd,output){const root=(0,external_node_path_.resolve)(cwd,starter.aS);if(!(0,external_node_fs_.existsSync)(root))return new Map;const loaded=await(0,suite.bu)(root,{cwd});if(!loaded.ok)return new Map;const written=(0,external_node_path_.resolve)(cwd,output);return new Map(loaded.suite.tools.filter(tool=>(0,external_node_path_.resolve)(cwd,tool.source.file)!==written).map(tool=>[tool.name,`${tool.source.file}:${tool.source.line}`]))}function withoutDeclaredTools(fragment,declared,io){const tools=fragment.tools??[];const isDeclared=tool=>typeof tool.name==="string"&&declared.has(tool.name);const kept=tools.filter(tool=>!isDeclared(tool));if(kept.length===tools.length)return fragment;for(const{name}of tools.filter(isDeclared))io.stderr(`note: tool '${String(name)}' is declared already (${declared.get(String(name))}): not written again; the new tests use that declaration, whose mock may answer otherwise than the recording
`);const{tools:_all,...rest}=fragment;return kept.length>0?{...rest,tools:kept}:rest}}),7739:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Nx:()=>decimalText,Sz:()=>decimalFlag,ZR:()=>wholeNumberFlag,bY:()=>quotedInput});var _util_plural_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(1976);var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(17);var _util_text_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(9997);const WHOLE=/^[0-9]+$/;const DECIMAL=/^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;function wholeNumberFlag(flag,text,range){return parsed(flag,text,range,WHOLE,"a whole number")}function decimalFlag(flag,text,range){return parsed(flag,text,range,DECIMAL,"a number")}function numberExpectation(kind,range){const{min,max,minExcluded=false,maxExcluded=false,unit}=range;const span=!minExcluded&&!maxExcluded?`from ${shown(min)} to ${shown(max)}`:`${minExcluded?"above":"from"} ${shown(min)}${maxExcluded?" and below":", at most"} ${shown(max)}`;return`${kind} ${span}${unit?` (${unit})`:""}`}function decimalText(value){const text=String(value);return DECIMAL.test(text)?text:value.toFixed(20).replace(/\.?0+$/,"")}function quotedInput(text){const escaped=text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g,char=>`\\u${char.charCodeAt(0).toString(16).padStart(4,"0")}`);return`'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__.x)(escaped,40)}'`}function parsed(flag,text,range,syntax,kind){const value=syntax.test(text)?Number(text):Number.NaN;if(!Number.isNaN(value)&&within(value,range))return value;throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`${flag}: expected ${numberExpectation(kind,range)}, got ${quotedInput(text)}`)}function within(value,range){const aboveMin=range.minExcluded?value>range.min:value>=range.min;const belowMax=range.maxExcluded?value<range.max:value<=range.max;return aboveMin&&belowMax}function shown(value){return Number.isInteger(value)?(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_2__.B)(value):String(value)}})};export{id,ids,modules};
