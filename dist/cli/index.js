import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2957);


process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .cli */ .xw)(process.argv.slice(2), (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .processIO */ .Wb)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ quietIO),
/* harmony export */   RF: () => (/* binding */ guardedIO),
/* harmony export */   Wb: () => (/* binding */ processIO)
/* harmony export */ });
/* unused harmony export readerMayLeave */
/* harmony import */ var _suite_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3876);
/* harmony import */ var _util_terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4702);


function processIO() {
    return {
        stdout: readerMayLeave(process.stdout),
        stderr: readerMayLeave(process.stderr),
        cwd: process.cwd(),
        env: process.env,
        isTTY: Boolean(process.stdout.isTTY),
        ...(process.stdin.isTTY && process.stdout.isTTY ? { confirm: askOnTerminal } : {}),
    };
}
/**
 * The CLI's one exit for text: every chunk written to stdout or stderr is
 * redacted (the environment's secrets, credential shapes, and whatever a
 * command adds) and stripped of terminal control sequences, so an agent's
 * reply or an endpoint's error can neither leak a key nor rewrite the screen.
 */
function guardedIO(io) {
    // REHEARSE_DEBUG=1 tells which secret values are too short to be redacted (never the values).
    const onSkipped = io.env['REHEARSE_DEBUG'] ? (why) => io.stderr(`debug: ${why}\n`) : undefined;
    const redactor = io.redactor ?? (0,_suite_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactorFor */ .sD)(undefined, io.env, onSkipped ? { onSkipped } : {});
    const guard = (write) => (text) => write((0,_util_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeTerminalChunk */ .bI)(redactor.redact(text)));
    return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr), redactor };
}
/**
 * A writer for a stream whose reader may go away (`rehearse run | head -1`):
 * once a write fails (EPIPE, a destroyed stream), later writes are dropped
 * and the command carries on, so the results file and reports are still
 * written and the exit code is the run's. Without the listener Node turns
 * the EPIPE into an uncaught exception and the run dies mid-way.
 */
function readerMayLeave(stream) {
    let closed = false;
    stream.on('error', () => {
        closed = true;
    });
    return (text) => {
        if (closed || stream.destroyed)
            return;
        try {
            stream.write(text);
        }
        catch {
            closed = true; // a synchronous write on a closed descriptor can throw too
        }
    };
}
async function askOnTerminal(question) {
    const { createInterface } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6848, 23));
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
        return /^y(es)?$/i.test((await terminal.question(question)).trim());
    }
    finally {
        terminal.close();
    }
}
/** Lines on stderr that inform rather than warn: `--quiet` drops them (errors and suite problems stay). */
const CHATTER = /^(progress|notice|preflight|History|Resuming):/;
/**
 * `--quiet`: stdout keeps only the command's verdict line (`isVerdict`, e.g. `Gate: …`), stderr keeps everything but
 * progress and notices. Filtered a line at a time, so a line written in pieces is judged whole; the live progress line
 * is never drawn (isTTY false).
 */
function quietIO(io, isVerdict) {
    const lineFilter = (write, keep) => {
        let pending = '';
        return (text) => {
            const lines = (pending + text).split('\n');
            pending = lines.pop() ?? '';
            const kept = lines.filter((line) => keep(line.trim()));
            if (kept.length)
                write(`${kept.join('\n')}\n`);
        };
    };
    return {
        ...io,
        isTTY: false,
        stdout: lineFilter(io.stdout, isVerdict),
        stderr: lineFilter(io.stderr, (line) => line !== '' && !CHATTER.test(line)),
    };
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   xw: () => (/* binding */ cli)
/* harmony export */ });
/* unused harmony exports QUIET_COMMANDS, usage */
/* harmony import */ var _suite_did_you_mean_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(113);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1604);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8864);
/**
 * The `rehearse` CLI: one dispatcher, one module per subcommand (loaded lazily
 * so `rehearse validate` does not pay for the HTML renderer).
 */




/** The line `--quiet` keeps on stdout for the commands that take it: the verdict. */
const VERDICT_LINE = {
    run: (line) => line.startsWith('Gate: '),
    rerun: (line) => line.startsWith('Gate: '),
    rejudge: (line) => line.startsWith('Gate: '),
    validate: (line) => / is valid: /.test(line),
    init: (line) => line.startsWith('Wrote '),
};
const QUIET_COMMANDS = Object.keys(VERDICT_LINE);
const COMMANDS = {
    validate: {
        summary: 'check a suite and print its plan',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(81), __nccwpck_require__.e(627), __nccwpck_require__.e(599), __nccwpck_require__.e(367), __nccwpck_require__.e(575)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2575))).validateCommand,
    },
    run: { summary: 'run a suite and write results', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(81), __nccwpck_require__.e(627), __nccwpck_require__.e(599), __nccwpck_require__.e(367), __nccwpck_require__.e(475), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3083))).runCommand },
    compare: {
        summary: 'compare two results files',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(81), __nccwpck_require__.e(627), __nccwpck_require__.e(599), __nccwpck_require__.e(367), __nccwpck_require__.e(475), __nccwpck_require__.e(329), __nccwpck_require__.e(478)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7478))).compareCommand,
    },
    report: { summary: 'render a results file', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(81), __nccwpck_require__.e(627), __nccwpck_require__.e(599), __nccwpck_require__.e(367), __nccwpck_require__.e(475), __nccwpck_require__.e(329), __nccwpck_require__.e(595)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4595))).reportCommand },
    runs: { summary: 'list stored runs', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(126)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3126))).runsCommand },
    merge: {
        summary: 'merge shard results into one run',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(599), __nccwpck_require__.e(475), __nccwpck_require__.e(317)]).then(__nccwpck_require__.bind(__nccwpck_require__, 317))).mergeCommand,
    },
    // Starting a suite (issue 13): a starter suite, scenarios from transcripts and from the agent's prompt.
    init: {
        summary: 'write a starter suite and workflow',
        load: async () => (await __nccwpck_require__.e(/* import() */ 787).then(__nccwpck_require__.bind(__nccwpck_require__, 9787))).initCommand,
    },
    scenario: {
        summary: 'scenario from-transcript <file>: a scenario and test from a conversation',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(81), __nccwpck_require__.e(627), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1412))).scenarioCommand,
    },
    generate: {
        summary: "propose scenarios from the agent's prompt (--from-prompt)",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(346), __nccwpck_require__.e(627), __nccwpck_require__.e(73)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2073))).generateCommand,
    },
    import: {
        summary: 'import tau2 <domain>: a suite from a τ²-bench domain',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(346), __nccwpck_require__.e(309)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4309))).importCommand,
    },
    rejudge: {
        summary: 'judge stored transcripts again',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(81), __nccwpck_require__.e(627), __nccwpck_require__.e(599), __nccwpck_require__.e(367), __nccwpck_require__.e(475), __nccwpck_require__.e(689)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6689))).rejudgeCommand,
    },
    'export-otel': {
        summary: 'export trials as OpenTelemetry traces (OTLP/JSON)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(81), __nccwpck_require__.e(826)]).then(__nccwpck_require__.bind(__nccwpck_require__, 826))).exportOtelCommand,
    },
    rerun: {
        summary: "run a stored run's plan again",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(193), __nccwpck_require__.e(462), __nccwpck_require__.e(346), __nccwpck_require__.e(673), __nccwpck_require__.e(81), __nccwpck_require__.e(627), __nccwpck_require__.e(599), __nccwpck_require__.e(367), __nccwpck_require__.e(475), __nccwpck_require__.e(83), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 239))).rerunCommand,
    },
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
    const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
    return [
        'Usage: rehearse <command> [options]',
        '',
        'Commands:',
        ...lines,
        '',
        'Run `rehearse <command> --help` for its options; `rehearse --version` prints the version.',
        '',
    ].join('\n');
}
async function cli(argv, rawIO) {
    // Everything below writes through the redacting, terminal-safe writers.
    const io = (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .guardedIO */ .RF)(rawIO);
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-V' || name === 'version') {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKAGE_VERSION */ .i}\n`);
        return 0;
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage());
        return name ? 0 : 2;
    }
    const entry = COMMANDS[name];
    if (!entry) {
        io.stderr(`rehearse: unknown command '${name}'${(0,_suite_did_you_mean_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestion */ .h)(name, Object.keys(COMMANDS))}\n\n${usage()}`);
        return 2;
    }
    try {
        const command = await entry.load();
        const quiet = withoutQuiet(name, rest);
        return await command(quiet.args, quiet.on ? (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .quietIO */ .LC)(io, VERDICT_LINE[name]) : io);
    }
    catch (error) {
        // A user's mistake is one line (a path given that cannot be used is one too); anything else is a bug worth a
        // stack trace.
        const mistake = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isConfigurationError */ .p0)(error) || isPathError(error);
        io.stderr(mistake
            ? `rehearse ${name}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}\n`
            : `rehearse ${name}: ${error?.stack ?? String(error)}\n`);
        return mistake ? 2 : 1;
    }
}
/** What the file system says of a path it was given (a folder that is a file, no permission, a full disk…). */
const PATH_ERRORS = new Set(['EEXIST', 'ENOTDIR', 'EISDIR', 'ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);
function isPathError(error) {
    const { code, path } = (error ?? {});
    return typeof path === 'string' && code !== undefined && PATH_ERRORS.has(code);
}
/**
 * `-q`/`--quiet` (anywhere before a `--`) for the commands that print a verdict: taken out of the arguments here,
 * applied to the writers. Other commands print only what was asked for and reject it like any unknown option.
 */
function withoutQuiet(name, args) {
    if (!(name in VERDICT_LINE))
        return { args: [...args], on: false };
    const end = args.includes('--') ? args.indexOf('--') : args.length;
    const isQuiet = (arg, index) => index < end && (arg === '--quiet' || arg === '-q');
    return { args: args.filter((arg, index) => !isQuiet(arg, index)), on: args.some(isQuiet) };
}


/***/ }),

/***/ 4591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   qV: () => (/* binding */ skeleton),
/* harmony export */   vs: () => (/* binding */ describeStrangeCharacter)
/* harmony export */ });
/* unused harmony export codePoint */
/**
 * Names that look right but are not: a Cyrillic 'о' in "refund_оrder" or a
 * zero-width space pasted from a chat window. "did you mean 'refund_order'?"
 * alone reads like nonsense for a name that looks identical, so messages name
 * the offending character and its code point.
 */
/** Characters that render as nothing (or nearly): the usual copy-paste stowaways. */
const INVISIBLE = {
    0x00ad: 'SOFT HYPHEN',
    0x034f: 'COMBINING GRAPHEME JOINER',
    0x061c: 'ARABIC LETTER MARK',
    0x180e: 'MONGOLIAN VOWEL SEPARATOR',
    0x200b: 'ZERO WIDTH SPACE',
    0x200c: 'ZERO WIDTH NON-JOINER',
    0x200d: 'ZERO WIDTH JOINER',
    0x200e: 'LEFT-TO-RIGHT MARK',
    0x200f: 'RIGHT-TO-LEFT MARK',
    0x202a: 'LEFT-TO-RIGHT EMBEDDING',
    0x202b: 'RIGHT-TO-LEFT EMBEDDING',
    0x202c: 'POP DIRECTIONAL FORMATTING',
    0x202d: 'LEFT-TO-RIGHT OVERRIDE',
    0x202e: 'RIGHT-TO-LEFT OVERRIDE',
    0x2060: 'WORD JOINER',
    0x2066: 'LEFT-TO-RIGHT ISOLATE',
    0x2067: 'RIGHT-TO-LEFT ISOLATE',
    0x2068: 'FIRST STRONG ISOLATE',
    0x2069: 'POP DIRECTIONAL ISOLATE',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
/** Letters from other scripts that look like ASCII ones, with the letter they imitate. */
const LOOKALIKES = {
    0x0430: ['CYRILLIC SMALL LETTER A', 'a'],
    0x0435: ['CYRILLIC SMALL LETTER IE', 'e'],
    0x043e: ['CYRILLIC SMALL LETTER O', 'o'],
    0x0440: ['CYRILLIC SMALL LETTER ER', 'p'],
    0x0441: ['CYRILLIC SMALL LETTER ES', 'c'],
    0x0443: ['CYRILLIC SMALL LETTER U', 'y'],
    0x0445: ['CYRILLIC SMALL LETTER HA', 'x'],
    0x0456: ['CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I', 'i'],
    0x0455: ['CYRILLIC SMALL LETTER DZE', 's'],
    0x0458: ['CYRILLIC SMALL LETTER JE', 'j'],
    0x0410: ['CYRILLIC CAPITAL LETTER A', 'A'],
    0x0412: ['CYRILLIC CAPITAL LETTER VE', 'B'],
    0x0415: ['CYRILLIC CAPITAL LETTER IE', 'E'],
    0x041a: ['CYRILLIC CAPITAL LETTER KA', 'K'],
    0x041c: ['CYRILLIC CAPITAL LETTER EM', 'M'],
    0x041d: ['CYRILLIC CAPITAL LETTER EN', 'H'],
    0x041e: ['CYRILLIC CAPITAL LETTER O', 'O'],
    0x0420: ['CYRILLIC CAPITAL LETTER ER', 'P'],
    0x0421: ['CYRILLIC CAPITAL LETTER ES', 'C'],
    0x0422: ['CYRILLIC CAPITAL LETTER TE', 'T'],
    0x0425: ['CYRILLIC CAPITAL LETTER HA', 'X'],
    0x03b1: ['GREEK SMALL LETTER ALPHA', 'a'],
    0x03bf: ['GREEK SMALL LETTER OMICRON', 'o'],
    0x03c1: ['GREEK SMALL LETTER RHO', 'p'],
    0x03bd: ['GREEK SMALL LETTER NU', 'v'],
    0x0391: ['GREEK CAPITAL LETTER ALPHA', 'A'],
    0x0392: ['GREEK CAPITAL LETTER BETA', 'B'],
    0x0395: ['GREEK CAPITAL LETTER EPSILON', 'E'],
    0x039f: ['GREEK CAPITAL LETTER OMICRON', 'O'],
    0x0131: ['LATIN SMALL LETTER DOTLESS I', 'i'],
    0x2010: ['HYPHEN', '-'],
    0x2011: ['NON-BREAKING HYPHEN', '-'],
    0x2013: ['EN DASH', '-'],
    0x2212: ['MINUS SIGN', '-'],
    0x00a0: ['NO-BREAK SPACE', ' '],
};
function codePoint(char) {
    return `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * "it contains U+200B ZERO WIDTH SPACE (invisible) at character 7" for the
 * first character outside printable ASCII, or undefined when there is none.
 */
function describeStrangeCharacter(name) {
    const chars = [...name];
    const index = chars.findIndex((char) => !/^[\x21-\x7e]$/.test(char) && char !== ' ');
    if (index < 0)
        return undefined;
    const char = chars[index];
    const code = char.codePointAt(0);
    const where = `at character ${index + 1}`;
    const invisible = INVISIBLE[code];
    if (invisible !== undefined || /\p{Cc}|\p{Cf}/u.test(char)) {
        const label = invisible ? ` ${invisible}` : '';
        return `it contains ${codePoint(char)}${label} (invisible) ${where}: delete it and retype the name`;
    }
    const lookalike = LOOKALIKES[code];
    if (lookalike) {
        const [label, looksLike] = lookalike;
        return `it contains ${codePoint(char)} ${label} ${where}, which looks like '${looksLike}': retype it in ASCII`;
    }
    return `it contains the non-ASCII character '${char}' (${codePoint(char)}) ${where}`;
}
/** The name with invisible characters dropped and lookalikes replaced: what the user meant to type. */
function skeleton(name) {
    return [...name]
        .filter((char) => INVISIBLE[char.codePointAt(0)] === undefined)
        .map((char) => LOOKALIKES[char.codePointAt(0)]?.[1] ?? char)
        .join('');
}
/** The name with invisible characters written as `\u200B`, so a message shows where they are. */
function visible(name) {
    return [...name]
        .map((char) => INVISIBLE[char.codePointAt(0)] !== undefined || /\p{Cc}|\p{Cf}/u.test(char)
        ? `\\u${codePoint(char).slice(2)}`
        : char)
        .join('');
}


/***/ }),

/***/ 113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ suggestion),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/* harmony import */ var _confusables_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4591);
/** "did you mean 'x'?" for misspelt names, by edit distance. */

function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
/** The closest candidate, if it is close enough to be a plausible typo. */
function closest(name, candidatesIn) {
    const candidates = [...candidatesIn];
    const allowed = Math.max(2, Math.floor(name.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= allowed && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    if (best)
        return best.name;
    // A shortened or lengthened name ("polite" for "polite-tone") is a typo too.
    const lower = name.toLowerCase();
    return [...candidates].find((c) => c.length > 2 && lower.length > 2 && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase())));
}
/**
 * " — did you mean 'x'?" or "". A name that only differs by an invisible or
 * lookalike character says which character, since both names look the same.
 */
function suggestion(name, candidatesIn) {
    const candidates = [...candidatesIn];
    const strange = (0,_confusables_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStrangeCharacter */ .vs)(name);
    const lookalike = strange === undefined ? undefined : candidates.find((c) => c === (0,_confusables_js__WEBPACK_IMPORTED_MODULE_0__/* .skeleton */ .qV)(name));
    const match = lookalike ?? closest(name, candidates);
    const why = strange === undefined ? '' : ` — ${strange}`;
    return match === undefined ? why : `${why} — did you mean '${match}'?`;
}


/***/ }),

/***/ 3876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sD: () => (/* binding */ redactorFor),
  fJ: () => (/* binding */ suiteSecretValues)
});

// UNUSED EXPORTS: suiteLiteralSecrets, suiteSecretNames

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __nccwpck_require__(767);
;// CONCATENATED MODULE: ./src/util/secrets.ts
const WELL_KNOWN = [
    'OPENAI_API_KEY',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'INPUT_GITHUB-TOKEN',
    'INPUT_OPENAI-API-KEY',
];
/** Names that say "credential": FOO_API_KEY, SLACK_TOKEN, DB_PASSWORD, CLIENT_SECRET, INPUT_SOME-TOKEN… */
const SECRET_NAME = /(?:^|[_-])(?:API[_-]?KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|AUTH)(?:$|[_-])/i;
function secretEnvNames(env) {
    return Object.keys(env).filter((name) => WELL_KNOWN.includes(name) || SECRET_NAME.test(name));
}
/** The values of the given variables (the well-known and credential-named ones always included). */
function secretValuesFromEnv(env, names = []) {
    const all = new Set([...secretEnvNames(env), ...names]);
    const values = [...all].map((name) => env[name]);
    return values.filter((value) => typeof value === 'string' && value !== '');
}

;// CONCATENATED MODULE: ./src/suite/secrets.ts
/**
 * The secret values a loaded suite points at: every variable named by an
 * `api_key_env` and every `${VAR}` interpolated into agent or passthrough
 * URLs and headers, plus the environment's own credentials
 * (src/util/secrets.ts). The redaction layer (src/util/redact.ts) hides them.
 */


const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Names of the variables the suite reads secrets from. Walks the endpoint-bearing parts: new fields are covered. */
function suiteSecretNames(suite) {
    const names = new Set(['OPENAI_API_KEY']);
    const visit = (value, key) => {
        if (typeof value === 'string') {
            if (key === 'api_key_env')
                names.add(value);
            for (const match of value.matchAll(ENV_REFERENCE))
                names.add(match[1]);
        }
        else if (Array.isArray(value)) {
            for (const item of value)
                visit(item);
        }
        else if (value !== null && typeof value === 'object') {
            for (const [name, item] of Object.entries(value))
                visit(item, name);
        }
    };
    visit([suite.simulator, suite.judge, suite.variants, suite.agents, suite.tools]);
    return [...names];
}
/** Headers whose value is a credential even when written literally in the suite. */
const CREDENTIAL_HEADER = /authorization|api[-_]?key|token|secret|password|cookie/i;
/** Literal credential header values of http agents and passthrough tools (the `${VAR}` parts are env secrets). */
function suiteLiteralSecrets(suite) {
    const values = [];
    const visit = (value) => {
        if (Array.isArray(value))
            for (const item of value)
                visit(item);
        else if (value !== null && typeof value === 'object') {
            for (const [name, item] of Object.entries(value)) {
                if (name === 'headers' && item !== null && typeof item === 'object') {
                    for (const [header, text] of Object.entries(item)) {
                        if (!CREDENTIAL_HEADER.test(header) || typeof text !== 'string')
                            continue;
                        // "Bearer abc…" → "abc…": the scheme is no secret; `${VAR}` parts are not literal.
                        const literal = text
                            .replace(ENV_REFERENCE, ' ')
                            .replace(/^\s*(bearer|basic|token)\s+/i, '')
                            .trim();
                        if (literal && !/\s/.test(literal))
                            values.push(literal);
                    }
                }
                else
                    visit(item);
            }
        }
    };
    visit([suite.agents, suite.tools]);
    return values;
}
function suiteSecretValues(suite, env) {
    if (!suite)
        return secretValuesFromEnv(env);
    return [...secretValuesFromEnv(env, suiteSecretNames(suite)), ...suiteLiteralSecrets(suite)];
}
/** A redactor for everything a run of this suite (or, without one, this environment) may echo. */
function redactorFor(suite, env, options) {
    return new redact/* Redactor */.pO(suiteSecretValues(suite, env), options);
}


/***/ }),

/***/ 3177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ responseTooLarge),
/* harmony export */   T: () => (/* binding */ mapJson),
/* harmony export */   Xg: () => (/* binding */ parseJsonBounded),
/* harmony export */   nB: () => (/* binding */ MAX_RESPONSE_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_NESTING_DEPTH, nestingCut, setOwn, deeperThan */
/**
 * Walking data that someone else controls (an agent's tool arguments, an
 * endpoint's reply, a results file from an artifact) without recursion: a
 * 100,000-deep array is one line of JSON, and a recursive walk over it
 * overflows the stack. Every walk here keeps its own stack, and every
 * structure nested deeper than MAX_NESTING_DEPTH is replaced by a marker
 * saying so, so whatever comes after (JSON.stringify, the renderers, zod)
 * only ever sees bounded depth.
 */
/**
 * Levels of nesting kept, counted from the value walked (a results document,
 * a tool call's arguments): real tool arguments and replies use a handful.
 */
const MAX_NESTING_DEPTH = 100;
/**
 * The largest response body read from an endpoint or an http agent: far above any real answer (a 128k-token
 * completion is well under 1 MB), and small enough that one streaming without end, or a 300 MB "answer", fails its
 * call instead of the whole run.
 */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** The error of a body past MAX_RESPONSE_BYTES (its decoded size: a gzip bomb counts as what it expands to). */
function responseTooLarge() {
    return new Error(`the response is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB: not read further`);
}
/** What stands in for a structure nested too deep: says what happened, in the place it happened. */
function nestingCut(maxDepth = MAX_NESTING_DEPTH) {
    return `[cut: nested deeper than ${maxDepth} levels]`;
}
/** Sets a property as data, even `__proto__` (an own property, never the prototype). */
function setOwn(target, key, value) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
function isContainer(value) {
    return value !== null && typeof value === 'object';
}
/**
 * A copy of plain data with strings and keys mapped and anything nested
 * deeper than `maxDepth` replaced by nestingCut(); iterative, so any depth is
 * safe. Objects are walked by their own enumerable keys.
 */
function mapJson(value, options = {}) {
    const maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH;
    const mapString = options.string;
    const mapKey = options.key;
    const zoneOf = options.zone;
    if (typeof value === 'string')
        return mapString ? mapString(value, undefined, undefined) : value;
    if (!isContainer(value))
        return value;
    const stack = [];
    const open = (source, key, zone, depth) => {
        const target = Array.isArray(source) ? [] : {};
        const entries = Array.isArray(source)
            ? source.map((item, index) => [String(index), item])
            : Object.entries(source);
        stack.push({ entries, target, key, zone, depth, index: 0 });
        return target;
    };
    const root = open(value, undefined, zoneOf?.(undefined, undefined), 0);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.index >= frame.entries.length) {
            stack.pop();
            continue;
        }
        const [rawKey, item] = frame.entries[frame.index++];
        const array = Array.isArray(frame.target);
        const key = array ? frame.key : rawKey;
        const zone = array ? frame.zone : zoneOf ? zoneOf(rawKey, frame.zone) : undefined;
        let mapped;
        if (typeof item === 'string')
            mapped = mapString ? mapString(item, key, zone) : item;
        else if (!isContainer(item))
            mapped = item;
        else if (frame.depth + 1 > maxDepth) {
            options.onCut?.();
            mapped = nestingCut(maxDepth);
        }
        else
            mapped = open(item, key, zone, frame.depth + 1);
        if (array)
            frame.target.push(mapped);
        else
            setOwn(frame.target, mapKey ? mapKey(rawKey, frame.zone) : rawKey, mapped);
    }
    return root;
}
/** JSON.parse, then cut to MAX_NESTING_DEPTH: for text an agent or an endpoint sent. Throws what JSON.parse throws. */
function parseJsonBounded(text, maxDepth = MAX_NESTING_DEPTH) {
    const value = JSON.parse(text);
    if (!isContainer(value) || fewerOpenersThan(text, maxDepth + 1))
        return value;
    return deeperThan(value, maxDepth) ? mapJson(value, { maxDepth }) : value;
}
/**
 * Whether the text holds fewer than `count` of `{` and `[` (in strings too): then nothing in it nests that deep, and
 * the walk over the parsed value is spared. Every answer of an endpoint is parsed here; almost none is deep.
 */
function fewerOpenersThan(text, count) {
    // indexOf skips between openers at native speed: a reply holds a handful of them among hundreds of characters.
    let openers = 0;
    for (const opener of ['{', '[']) {
        for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + 1)) {
            if (++openers >= count)
                return false;
        }
    }
    return true;
}
/** Whether any container sits deeper than `maxDepth` (iterative; stops at the first). */
function deeperThan(value, maxDepth) {
    if (!isContainer(value))
        return false;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [container, depth] = stack.pop();
        for (const item of Array.isArray(container) ? container : Object.values(container)) {
            if (!isContainer(item))
                continue;
            if (depth + 1 > maxDepth)
                return true;
            stack.push([item, depth + 1]);
        }
    }
    return false;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A user's mistake (bad input, bad suite, missing file): reported as one clear
 * message, never as a stack trace.
 */
class ConfigurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ PACKAGE_VERSION)
/* harmony export */ });
/* unused harmony export PACKAGE_NAME */
/**
 * The package's name and version. Kept as constants (not read from package.json at run time) because the published
 * CLI is a bundle with no package.json next to it; a test keeps them equal to package.json. They live here, at the
 * bottom of the house, because both the CLI and the suite authoring (init's starter) name the package.
 */
const PACKAGE_VERSION = '1.0.0';
const PACKAGE_NAME = '@rehearse-dev/cli';


/***/ }),

/***/ 767:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ redirectTarget),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, MIN_FRAGMENT_LENGTH, echoedForms */
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3177);
/**
 * The one redaction layer: every secret value Rehearse knows, and text shaped
 * like a credential, become `***` before anything is written or posted.
 *
 * Known values are also matched in the forms an echo usually takes: wrapped
 * over lines, URL-encoded (also every byte as %XX), JSON- and HTML-escaped,
 * hex, and base64-encoded (at any of the three byte alignments, so
 * `base64("user:" + secret)` in a Basic header is caught without knowing the
 * user, and wrapped over lines as MIME writes it), in any letter case; and
 * any piece of MIN_FRAGMENT_LENGTH characters or more (a secret cut off, or
 * split across messages). Values shorter than MIN_SECRET_LENGTH are
 * not registered: turning every "a" into *** would wreck the reports and
 * protect nothing.
 *
 * Pure: no I/O. A Redactor only grows (`add`), so every writer holding it sees
 * secrets learned later (the suite's `api_key_env` names are known only once
 * it is loaded).
 */

const REDACTED = '***';
/** Shorter values are skipped (with a notice): they would match ordinary words. */
const MIN_SECRET_LENGTH = 8;
/** Names under which a credential is written in headers, JSON, query strings and config dumps. */
const CREDENTIAL_KEYS = [
    '(?:proxy-)?authorization',
    'x-api-key',
    'api[-_]?key',
    'x-auth-token',
    'auth[-_]?token',
    'access[-_]?token',
    'refresh[-_]?token',
    'client[-_]?secret',
    'secret[-_]?access[-_]?key',
    'password',
    'passwd',
].join('|');
const SCHEMES = 'bearer|basic|token|digest';
/**
 * Credential shapes, redacted whether or not we know the value. Each keeps
 * what names the credential (scheme, header, key prefix) and hides the rest.
 * Every pattern is linear: bounded quantifiers over disjoint classes.
 */
const SHAPES = [
    // PEM private keys, whole.
    { pattern: /-----BEGIN ([A-Z ]{0,40})PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g, replace: REDACTED },
    // `Authorization: Bearer x`, `"x-api-key": "x"`, `api_key=x`, `password: x` in headers, JSON, query strings, dumps.
    {
        pattern: new RegExp(`(?<![A-Za-z0-9])(${CREDENTIAL_KEYS})(["']?\\s{0,4}[:=]\\s{0,4}["']?)` + // name and separator
            `(?:(${SCHEMES})\\s{1,4})?(?!(?:${SCHEMES})\\b)[^\\s"'&,;<>{}*]{6,}`, // optional scheme, then the value
        'gi'),
        replace: (_whole, name, separator, scheme) => `${name}${separator}${scheme ? `${scheme} ` : ''}${REDACTED}`,
    },
    // Bearer/Basic/token credentials wherever they appear; a digit is required so prose ("Basic question") stays.
    {
        pattern: /\b(Bearer|Basic|Token)\s{1,4}(?=[A-Za-z._~+/-]{0,300}[0-9])[A-Za-z0-9._~+/-]{8,}=*/g,
        replace: `$1 ${REDACTED}`,
    },
    // Passwords in URLs: https://user:pass@host.
    { pattern: /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@:]{1,200}):[^\s/@]{1,200}@/gi, replace: `$1:${REDACTED}@` },
    // OpenAI / Anthropic style keys: sk-…, sk-proj-…, sk-ant-…; Stripe-style sk_live_…/rk_test_….
    { pattern: /(?<![A-Za-z0-9])(?:sk-[A-Za-z0-9_-]{16,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,})/g, replace: REDACTED },
    // GitHub tokens.
    { pattern: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, replace: REDACTED },
    // AWS access key ids.
    { pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])/g, replace: REDACTED },
    // Slack and Google API keys.
    { pattern: /(?<![A-Za-z0-9])(?:xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35})/g, replace: REDACTED },
    // JWTs: base64url JSON header and payload (both start `{"` → `eyJ`), optional signature.
    { pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, replace: REDACTED },
];
/**
 * Something every shape above needs. Text without any (nearly all of it) skips the shape patterns: one scan
 * instead of ten. Case-insensitive, so it is a superset of the triggers.
 */
const SHAPE_HINT = new RegExp([
    '-----BEGIN',
    CREDENTIAL_KEYS,
    SCHEMES,
    ':\\/\\/',
    'sk-',
    '[sr]k_',
    'gh[pousr]_',
    'github_pat_',
    '(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)',
    'xox',
    'AIza',
    'eyJ',
].join('|'), 'i');
class Redactor {
    secrets = new Set();
    known = [];
    longest = 0;
    onSkipped;
    constructor(secrets = [], options = {}) {
        this.onSkipped = options.onSkipped;
        this.add(secrets);
    }
    /** Registers more secret values (undefined, empty and duplicates ignored); returns the values newly added. */
    add(values) {
        const added = [];
        for (const raw of values) {
            const value = raw?.trim();
            if (!value || this.secrets.has(value))
                continue;
            if (value.length < MIN_SECRET_LENGTH) {
                this.onSkipped?.(`a secret of ${value.length} characters is not redacted (shorter than ${MIN_SECRET_LENGTH})`);
                continue;
            }
            this.secrets.add(value);
            this.known.push(knownSecret(value));
            this.longest = Math.max(this.longest, Buffer.byteLength(value, 'utf8'));
            added.push(value);
        }
        return added;
    }
    /** The registered values (for core.setSecret). */
    values() {
        return [...this.secrets];
    }
    redact(text) {
        // Shorter than any secret, form, piece or shape we look for (object keys, statuses, ids).
        if (text.length < MIN_SECRET_LENGTH)
            return text;
        const spans = this.spansOf(text);
        let result = spans.length > 0 ? replaceSpans(text, spans) : text;
        if (!SHAPE_HINT.test(result))
            return result;
        for (const { pattern, replace } of SHAPES)
            result = result.replace(pattern, replace);
        return result;
    }
    /**
     * Where the known secrets are in `text`, in any of their forms, in any letter case (a search index lowercases
     * what it holds; hex and percent-encoding come in both cases), and any piece of one of at least
     * MIN_FRAGMENT_LENGTH characters.
     */
    spansOf(text) {
        if (this.known.length === 0)
            return [];
        const folded = fold(text);
        const spans = [];
        for (const known of this.known) {
            for (const form of known.forms) {
                for (let at = folded.indexOf(form); at !== -1; at = folded.indexOf(form, at + 1))
                    spans.push([at, at + form.length]);
            }
            if (folded.includes(known.start)) {
                for (const match of text.matchAll(known.wrapped))
                    spans.push([match.index, match.index + match[0].length]);
            }
            findPieces(folded, known, spans);
        }
        if (MIME_LINE_BREAK.test(text))
            findWrappedBase64(text, this.known, spans);
        return spans;
    }
    /** A copy of plain data (results, trials) with every string redacted, object keys included; any depth is safe. */
    redactValue(value) {
        return (0,_bounded_js__WEBPACK_IMPORTED_MODULE_0__/* .mapJson */ .T)(value, { string: (text) => this.redact(text), key: (key) => this.redact(key) });
    }
    /**
     * Redacts a document written in pieces (the HTML report, JUnit XML) as the pieces go by: a secret split
     * across two pieces is found whole, because the end of each piece, as long as any form of a secret could be,
     * waits for the next one.
     */
    *redactChunks(chunks) {
        let carry = '';
        for (const chunk of chunks) {
            const text = carry + chunk;
            const hold = HOLD_BASE + HOLD_PER_SECRET_BYTE * this.longest;
            if (text.length <= 2 * hold) {
                carry = text;
                continue;
            }
            let cut = text.length - hold;
            // Credential shapes are single-line: cut after a line break when there is one near.
            const lineBreak = text.lastIndexOf('\n', cut);
            if (lineBreak > cut - hold)
                cut = lineBreak + 1;
            for (const [begin, end] of mergeSpans(this.spansOf(text)))
                if (begin < cut && end > cut)
                    cut = begin;
            yield this.redact(text.slice(0, cut));
            carry = text.slice(cut);
        }
        if (carry !== '')
            yield this.redact(carry);
    }
}
/** Text held back between pieces, on top of what the longest secret's longest form needs. */
const HOLD_BASE = 1024;
/** The longest form per byte of secret: wrapped over lines, up to 4 spaces between characters. */
const HOLD_PER_SECRET_BYTE = 6;
function knownSecret(secret) {
    const folded = fold(secret);
    const blocks = [];
    for (let at = 0; at + PIECE_BLOCK <= folded.length; at += PIECE_BLOCK)
        blocks.push({ at, text: folded.slice(at, at + PIECE_BLOCK) });
    return {
        secret,
        forms: [...new Set(echoedForms(secret).map(fold))].sort((a, b) => b.length - a.length),
        cores: [...new Set(base64Cores(secret).map(fold))].filter((core) => core.length >= MIN_SECRET_LENGTH),
        wrapped: new RegExp([...secret].map(escapeChar).join('\\s{0,4}'), 'gi'),
        start: folded.slice(0, WRAPPED_PREFILTER_LENGTH),
        folded,
        blocks,
    };
}
/**
 * Letter case folded without changing the length (so positions in the folded
 * text are positions in the text): toLowerCase, or ASCII letters only where
 * toLowerCase would change the length.
 */
function fold(text) {
    const lower = text.toLowerCase();
    return lower.length === text.length ? lower : text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}
/** Aligned blocks this long: any piece of ≥ 2 × PIECE_BLOCK - 1 characters holds one whole. */
const PIECE_BLOCK = 5;
/**
 * Every piece of the secret of at least MIN_FRAGMENT_LENGTH characters (or
 * the whole of a shorter secret): a secret cut at either end, or split across
 * messages. Each aligned block found is grown both ways while the text goes
 * on matching the secret.
 */
function findPieces(folded, known, spans) {
    const secret = known.folded;
    const minimum = Math.min(secret.length, MIN_FRAGMENT_LENGTH);
    for (const block of known.blocks) {
        for (let at = folded.indexOf(block.text); at !== -1; at = folded.indexOf(block.text, at + 1)) {
            let begin = at;
            let offset = block.at;
            while (offset > 0 && begin > 0 && folded[begin - 1] === secret[offset - 1]) {
                begin--;
                offset--;
            }
            let end = at + PIECE_BLOCK;
            let next = block.at + PIECE_BLOCK;
            while (next < secret.length && end < folded.length && folded[end] === secret[next]) {
                end++;
                next++;
            }
            if (end - begin >= minimum)
                spans.push([begin, end]);
        }
    }
}
const MIME_LINE_BREAK = /[A-Za-z0-9+/=_-]\r?\n[A-Za-z0-9+/=_-]/;
/** Base64 over several lines, as MIME (76 characters a line) and PEM-like dumps write it. */
const WRAPPED_BASE64 = /[A-Za-z0-9+/=_-]+(?:\r?\n[A-Za-z0-9+/=_-]+)+/g;
/** A block of base64 wrapped over lines that, joined, holds a secret's base64: the whole block. */
function findWrappedBase64(text, known, spans) {
    for (const match of text.matchAll(WRAPPED_BASE64)) {
        const joined = fold(match[0].replace(/\r?\n/g, ''));
        if (known.some((secret) => secret.cores.some((core) => joined.includes(core))))
            spans.push([match.index, match.index + match[0].length]);
    }
}
/** A cut-off echo (a stderr tail, a truncated error) keeps this much of a secret at least to be recognised. */
const MIN_FRAGMENT_LENGTH = 10;
/** Chars of a secret that must appear unbroken before the (slower) wrapped-over-lines search runs. */
const WRAPPED_PREFILTER_LENGTH = 3;
/** Sorted, overlapping spans joined (touching ones stay apart: two secrets side by side are two). */
function mergeSpans(spans) {
    const merged = [];
    for (const [begin, end] of [...spans].sort((a, b) => a[0] - b[0])) {
        const last = merged.at(-1);
        if (last && begin < last[1])
            last[1] = Math.max(last[1], end);
        else
            merged.push([begin, end]);
    }
    return merged;
}
/** Replaces each group of overlapping spans by one REDACTED. */
function replaceSpans(text, spans) {
    let result = '';
    let cursor = 0;
    for (const [begin, end] of mergeSpans(spans)) {
        result += text.slice(cursor, begin) + REDACTED;
        cursor = end;
    }
    return result + text.slice(cursor);
}
/**
 * The secret as an echo may carry it: as is, URL-encoded (as encodeURIComponent does, and every byte as %XX),
 * JSON-escaped, HTML-escaped, in hex, and base64-encoded.
 */
function echoedForms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const hex = bytes.toString('hex');
    const forms = [
        secret,
        encodeURIComponent(secret),
        [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join(''),
        JSON.stringify(secret).slice(1, -1),
        secret.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]),
        hex,
        ...base64Cores(secret),
    ];
    return [...new Set(forms)].filter((form) => form.length >= MIN_SECRET_LENGTH);
}
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * The part of base64(prefix + secret + suffix) that depends only on the
 * secret, for the three lengths of prefix mod 3, in both alphabets.
 */
function base64Cores(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const cores = [];
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        // Characters touched by the padding bytes in front, and by whatever follows the secret, vary: drop them.
        const start = offset === 0 ? 0 : offset === 1 ? 2 : 3;
        const end = Math.floor(((offset + bytes.length) * 8) / 6);
        const core = encoded.slice(start, end);
        cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return cores;
}
function escapeChar(char) {
    return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/**
 * Where a redirect points, without what may be a credential: a login or signed-URL redirect carries a token in its
 * query (`?token=…`, `?sig=…`) or a password in its authority, which no redactor knows. The scheme, host and path
 * are what `base_url` (or an http agent's `url`) needs.
 */
function redirectTarget(location) {
    const cut = location.search(/[?#]/);
    const bare = cut < 0 ? location : `${location.slice(0, cut)}?…`;
    return bare.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}


/***/ }),

/***/ 4702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bI: () => (/* binding */ sanitizeTerminalChunk),
/* harmony export */   dk: () => (/* binding */ sanitizeForTerminal),
/* harmony export */   vx: () => (/* binding */ REDRAW_LINE)
/* harmony export */ });
/**
 * Text we do not control (agent replies, endpoint errors, judge reasons)
 * made harmless for a terminal or a CI log: escape sequences (colours,
 * cursor moves, clear screen, OSC titles and hyperlinks), BEL, NUL,
 * backspace and other control characters are removed; a lone CR (which
 * would let a reply overwrite the line before it, e.g. with a fake
 * "✓ all passed") becomes a newline. Newlines, tabs and CRLF stay.
 */
/** The live progress line's redraw (carriage return + erase line): the only control sequence we write ourselves. */
const REDRAW_LINE = '\r\u001b[2K';
const ESCAPE_SEQUENCES = new RegExp([
    '\\u001b\\[[0-?]{0,64}[ -/]{0,16}[@-~]', // CSI: colours, cursor moves, erase, clear screen
    '\\u009b[0-?]{0,64}[ -/]{0,16}[@-~]', // 8-bit CSI
    '\\u001b\\][^\\u0007\\u001b\\u009c]{0,4096}(?:\\u0007|\\u001b\\\\|\\u009c)?', // OSC: titles, hyperlinks, clipboard
    '\\u009d[^\\u0007\\u001b\\u009c]{0,4096}(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[PX^_][^\\u001b\\u009c]{0,4096}(?:\\u001b\\\\|\\u009c)?', // DCS, SOS, PM, APC
    '\\u001b[ -/]{0,4}[0-~]', // the other escapes (charset switches, RIS reset, save/restore cursor)
].join('|'), 'g');
/** C0 controls but tab and newline (CR handled apart), DEL, C1 controls, and a stray ESC. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_CR = /\r(?!\n)/g;
function sanitizeForTerminal(text) {
    return text.replace(ESCAPE_SEQUENCES, '').replace(LONE_CR, '\n').replace(CONTROLS, '');
}
/**
 * For a writer to a terminal: sanitizes the chunk, except our own redraw at
 * its very start (the progress line). Untrusted text never starts a chunk,
 * and even if it did it could only erase the current line.
 */
function sanitizeTerminalChunk(chunk) {
    if (chunk.startsWith(REDRAW_LINE))
        return REDRAW_LINE + sanitizeForTerminal(chunk.slice(REDRAW_LINE.length));
    return sanitizeForTerminal(chunk);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 6848:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
