export const id = 595;
export const ids = [595,478];
export const modules = {

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand),
/* harmony export */   emit: () => (/* binding */ emit),
/* harmony export */   emitChunks: () => (/* binding */ emitChunks)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2013);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5367);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9329);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2242);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _util_write_chunks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5662);
/* harmony import */ var _number_flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7739);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7593);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6930);
/**
 * `rehearse compare <previous.json> <current.json>`: what changed between two
 * runs, as markdown, JSON (for scripts), HTML or JUnit.
 */










const FORMATS = ['md', 'json', 'html', 'junit'];
const HELP = `Usage: rehearse compare <previous.json> <current.json> [options]

Compare two results files over stable test keys (test id @ variant): each test against
the history <previous.json> carries (else its trials), at α / comparisons. Two stored files
had no confirmation trials between them, so a drop they show is listed as suspected, and
fails nothing, unless <current.json> ran the confirmation trials (docs/statistics.md).

Options:
  --format <md|json|html|junit>  output format (default md); json lists regressions, suspected
                                 and not-confirmed drops, fixes, flaky, new and removed tests
                                 with ids, variants and evidence, for the
                                 previous run and (under "variants") baseline vs candidate;
                                 junit adds each test's changes as properties and names
                                 regressions in its failure messages
  --alpha <p>                    the run-level α, spent over every comparison (default: the α of
                                 the gate recorded in <current.json>, else ${_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ALPHA */ .pO})
  -o, --output <file>            write there instead of stdout
  -h, --help                     show this help

Exit status: 0 compared, 2 bad input (missing file, not a results file, bad option).
`;
function parseCompareArgs(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)('compare', {
        args: [...args],
        allowPositionals: true,
        options: {
            format: { type: 'string' },
            alpha: { type: 'string' },
            output: { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return { help: true, previous: '', current: '', format: 'md' };
    if (positionals.length !== 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`expected two results files, <previous.json> <current.json>; got ${positionals.length} (see rehearse ` +
            `compare --help)`);
    const alpha = values.alpha === undefined
        ? undefined
        : (0,_number_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .decimalFlag */ .Sz)('--alpha', values.alpha, { min: 0, max: 1, minExcluded: true, maxExcluded: true });
    return {
        help: false,
        previous: positionals[0],
        current: positionals[1],
        format: (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFormat */ .Xc)(values.format, FORMATS, 'md', 'compare'),
        ...(alpha !== undefined ? { alpha } : {}),
        ...(values.output ? { output: values.output } : {}),
    };
}
async function emit(io, text, output) {
    if (!output) {
        io.stdout(text);
        return;
    }
    await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .writeTextFile */ .Tl)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, output), io.redactor ? io.redactor.redact(text) : text);
    io.stderr(`wrote ${output}\n`);
}
/** Like `emit`, for big outputs made in pieces (HTML, JUnit): written as they come, never joined into one string. */
async function emitChunks(io, chunks, output) {
    // Redacted as a stream: a secret split across two pieces is still found whole.
    const redacted = io.redactor ? io.redactor.redactChunks(chunks) : chunks;
    if (!output) {
        for (const chunk of redacted)
            io.stdout(chunk);
        return;
    }
    await (0,_util_write_chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .writeChunks */ .a7)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, output), redacted);
    io.stderr(`wrote ${output}\n`);
}
/** The formats that show every transcript; the others need only the tests and their failure digests. */
const SHOWS_TRANSCRIPTS = new Set(['html', 'junit']);
async function compareCommand(args, io) {
    const options = parseCompareArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    // compareRuns reads only the previous run's tests and totals.
    const previous = await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.previous), { trials: false });
    const currentPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.current);
    const current = SHOWS_TRANSCRIPTS.has(options.format)
        ? await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)(currentPath)
        : await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readSummaries */ .$2)(currentPath);
    await (0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .learnSuiteSecrets */ .Y)(io, current, previous);
    // Not refused (a renamed suite is still the same tests), but every test would read as added or removed.
    if (previous.suite.name !== current.suite.name)
        io.stderr(`note: the two runs are of different suites ("${previous.suite.name}" and "${current.suite.name}"): tests ` +
            'match by id and variant only\n');
    const { report, comparisons, gateSettings, gate } = (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateRun */ .tL)({
        results: current,
        earlier: { previous },
        gate: options.alpha !== undefined ? { overrides: { alpha: options.alpha } } : {},
    });
    // There is always a previous run here: it was given.
    const comparison = comparisons.previous;
    const { variants } = comparisons;
    if (options.format === 'html')
        return emitChunks(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__.renderHtmlChunks)(current, { previous: comparison, ...(variants ? { variants } : {}), gate }), options.output).then(() => 0);
    if (options.format === 'junit')
        return emitChunks(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__.renderJUnitChunks)(current, { previous: comparison, variants }), options.output).then(() => 0);
    const render = {
        json: () => (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonJson */ .s)(comparison, variants),
        md: () => `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_3__.renderMarkdownReport)(report)}\n${gateSettings.note}\n`,
    };
    await emit(io, render[options.format](), options.output);
    return 0;
}


/***/ }),

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5367);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9329);
/* harmony import */ var _results_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2242);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6930);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7478);
/** `rehearse report <results.json>`: render a results file as markdown, HTML, JUnit, CSV or JSON. */








const FORMATS = ['md', 'html', 'junit', 'csv', 'json'];
const HELP = `Usage: rehearse report <results.json> [options]

Options:
  --format <md|html|junit|csv|json>  output format (default md); csv and json export per-test results
  --previous <results.json>          compare with this earlier run (md and html show the changes)
  -o, --output <file>                write there instead of stdout
  -h, --help                         show this help

Exit status: 0 rendered, 2 bad input (missing file, not a results file, bad option).
`;
function parseReportArgs(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)('report', {
        args: [...args],
        allowPositionals: true,
        options: {
            format: { type: 'string' },
            previous: { type: 'string' },
            output: { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return { help: true, file: '', format: 'md' };
    if (positionals.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`expected one results file; got ${positionals.length} (see rehearse report --help)`);
    return {
        help: false,
        file: positionals[0],
        format: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .Xc)(values.format, FORMATS, 'md', 'report'),
        ...(values.previous ? { previous: values.previous } : {}),
        ...(values.output ? { output: values.output } : {}),
    };
}
/** The formats that show every transcript; the others need only the tests and their failure digests. */
const SHOWS_TRANSCRIPTS = new Set(['html', 'junit']);
async function reportCommand(args, io) {
    const options = parseReportArgs(args);
    if (options.help) {
        io.stdout(HELP);
        return 0;
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.file);
    const results = SHOWS_TRANSCRIPTS.has(options.format) ? await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)(path) : await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readSummaries */ .$2)(path);
    // compareRuns reads only the previous run's tests and totals.
    const previousRun = options.previous
        ? await (0,_results_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, options.previous), { trials: false })
        : undefined;
    await (0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .learnSuiteSecrets */ .Y)(io, results, previousRun);
    // The same flow as `rehearse compare`, so both judge a pair of files alike (α included).
    const earlier = previousRun ? { previous: previousRun } : {};
    const { report, comparisons, gateSettings, gate } = (0,_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateRun */ .tL)({ results, earlier });
    const { previous } = comparisons;
    if (options.format === 'html')
        return (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emitChunks)(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderHtmlChunks)(results, {
            ...(previous ? { previous } : {}),
            ...(comparisons.variants ? { variants: comparisons.variants } : {}),
            gate,
        }), options.output).then(() => 0);
    if (options.format === 'junit')
        return (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emitChunks)(io, (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderJUnitChunks)(results, comparisons), options.output).then(() => 0);
    const render = {
        csv: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderCsv)(results, comparisons),
        json: () => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderTestsJson)(results),
        md: () => `${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_2__.renderMarkdownReport)(report)}\n${gateSettings.note}\n`,
    };
    await (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.emit)(io, render[options.format](), options.output);
    return 0;
}


/***/ }),

/***/ 7739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ decimalText),
/* harmony export */   Sz: () => (/* binding */ decimalFlag),
/* harmony export */   ZR: () => (/* binding */ wholeNumberFlag),
/* harmony export */   bY: () => (/* binding */ quotedInput)
/* harmony export */ });
/* unused harmony export numberExpectation */
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1976);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9997);
/**
 * The numbers the CLI's flags take (`--runs 5`, `--budget 2.5`, `--alpha 0.05`, `--keep 20`, the 30 of
 * `--older-than 30d`), read one way for every command. `Number(text)` reads much that no one means as a number:
 * '' and '  ' as 0, '0x10' as 16, '1e3', 'Infinity', ' 5 ', '+5', '5.'; and a huge value passes silently. Here a
 * flag's text is plain ASCII digits, with a fraction (`2.5`, `.05`) only where the flag takes one: no sign, no
 * exponent, no hex, no spaces; within an explicit range, every flag with an upper bound. Leading zeros are accepted
 * (`01` is 1: a script that pads numbers means them). Anything else is one ConfigurationError line that names the flag,
 * the range and the text given: "--keep: expected a whole number from 0 to 1,000,000, got '1e300'".
 */



/** ASCII digits only (`\d` without the `u` flag is [0-9]: '٣' and '１' are not digits here). */
const WHOLE = /^[0-9]+$/;
/** Digits with an optional fraction; the integer part may be left out (`.05`), the fraction may not (`5.`). */
const DECIMAL = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;
/** `text` as a whole number within `range`, or a ConfigurationError naming `flag`. */
function wholeNumberFlag(flag, text, range) {
    return parsed(flag, text, range, WHOLE, 'a whole number');
}
/** `text` as a number within `range`, fractions allowed, or a ConfigurationError naming `flag`. */
function decimalFlag(flag, text, range) {
    return parsed(flag, text, range, DECIMAL, 'a number');
}
/** "a whole number from 0 to 1,000,000", "a number above 0 and below 1", "a number from 0 to 1,000,000 (USD)". */
function numberExpectation(kind, range) {
    const { min, max, minExcluded = false, maxExcluded = false, unit } = range;
    const span = !minExcluded && !maxExcluded
        ? `from ${shown(min)} to ${shown(max)}`
        : `${minExcluded ? 'above' : 'from'} ${shown(min)}${maxExcluded ? ' and below' : ', at most'} ${shown(max)}`;
    return `${kind} ${span}${unit ? ` (${unit})` : ''}`;
}
/**
 * A number written back as a flag's text (`rehearse rerun` passes the recorded budget on): plain digits, as the flags
 * read them, where String() would write a tiny budget as `1e-7`. Beyond 20 decimals it rounds (to 0 at worst).
 */
function decimalText(value) {
    const text = String(value);
    return DECIMAL.test(text) ? text : value.toFixed(20).replace(/\.?0+$/, '');
}
/**
 * The text a user gave, for a message: cut to a readable length, and control characters (a newline pasted into a
 * quoted argument) escaped so that the message stays one line.
 */
function quotedInput(text) {
    const escaped = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .x)(escaped, 40)}'`;
}
function parsed(flag, text, range, syntax, kind) {
    // Digits only, so Number() reads exactly what is written (a string of 400 digits reads as Infinity: out of range).
    const value = syntax.test(text) ? Number(text) : Number.NaN;
    if (!Number.isNaN(value) && within(value, range))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${flag}: expected ${numberExpectation(kind, range)}, got ${quotedInput(text)}`);
}
function within(value, range) {
    const aboveMin = range.minExcluded ? value > range.min : value >= range.min;
    const belowMax = range.maxExcluded ? value < range.max : value <= range.max;
    return aboveMin && belowMax;
}
/** Grouped by hand (formatCount): toLocaleString's first call costs the CLI's start-up ~10 ms. */
function shown(value) {
    return Number.isInteger(value) ? (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B)(value) : String(value);
}


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ learnSuiteSecrets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _suite_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3876);
/**
 * Commands that read a results file (report, compare, export-otel) redact
 * what they print and write with the secrets its suite names, not only the
 * environment's credential-named variables: a key held in `LLM_ACCESS`
 * (named by `api_key_env`) is as secret as one in `OPENAI_API_KEY`. The suite
 * is the one the run recorded (`suite.config`), read from the working
 * directory when it is there; a suite that is missing or does not load adds
 * nothing (the command still redacts the environment's credentials).
 */




async function learnSuiteSecrets(io, ...runs) {
    if (!io.redactor)
        return;
    const configs = new Set(runs.flatMap((run) => (run?.suite.config ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, run.suite.config)] : [])));
    for (const config of configs) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(config))
            continue;
        try {
            const loaded = await (0,_suite_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSuite */ .bu)(config, { cwd: io.cwd, env: io.env });
            if (loaded.ok)
                io.redactor.add((0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .suiteSecretValues */ .fJ)(loaded.suite, io.env));
        }
        catch {
            // Only a source of secrets to hide: a suite that cannot be read is the run's business, not this command's.
        }
    }
}


/***/ })

};
