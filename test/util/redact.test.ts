import { describe, expect, it } from 'vitest';
import { MIN_SECRET_LENGTH, REDACTED, Redactor, withoutCredentials } from '../../src/util/redact.js';
import { secretEnvNames } from '../../src/util/secrets.js';
import { nestingCut } from '../../src/util/bounded.js';
import { leaksIn, mimeWrapped, SECRET, secretForms, splitSecret } from '../security/corpus.js';

/** Credentials nobody registered: only their shape gives them away. Each line must lose its secret part. */
const SHAPED: readonly [string, string][] = [
  ['Authorization: Bearer abc.def-ghi_123456', 'abc.def-ghi_123456'],
  ['authorization: Basic dXNlcjpwYXNzd29yZDEyMw==', 'dXNlcjpwYXNzd29yZDEyMw'],
  ['{"Authorization":"Bearer tok_9f8e7d6c5b4a"}', 'tok_9f8e7d6c5b4a'],
  ['curl -H "x-api-key: 0123abcd4567efgh"', '0123abcd4567efgh'],
  ['api-key: azure0123456789', 'azure0123456789'],
  ['?api_key=zzTop99secret&page=2', 'zzTop99secret'],
  ['OPENAI key sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123', 'AbCdEfGhIjKlMnOpQrStUvWx0123'],
  ['anthropic sk-ant-api03-AbCdEfGhIjKlMnOp', 'AbCdEfGhIjKlMnOp'],
  [`token ghp_${'a1'.repeat(18)}`, 'a1a1a1a1a1a1a1a1'],
  [`pat github_pat_11ABCDEFG0123456789_abcdefghijklmnop`, '11ABCDEFG0123456789'],
  [`app ghs_${'Z9'.repeat(18)}`, 'Z9Z9Z9Z9Z9Z9Z9Z9'],
  ['aws AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE'],
  ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI'],
  ['clone https://deploy:hunter2hunter2@git.example.com/repo.git', 'hunter2hunter2'],
  [
    'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'dozjgNryP4J3jVmNHl0w5N',
  ],
  ['"password": "correct-horse-battery"', 'correct-horse-battery'],
  ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA'],
  ['slack xoxb-1234567890-abcdefghij', 'xoxb-1234567890'],
];

/** Ordinary text an agent says: nothing here may be touched. */
const PROSE = [
  'Basic question: how do I reset my password? Token validation failed, please retry.',
  'Your order 1234567 ships on 2026-12-01; the refund of $42.50 is on its way.',
  'Use the Bearer scheme described in RFC 6750 for API requests.',
  'A sketch: risk-free returns within 30 days, see https://shop.example/returns.',
  'The api key header is named x-api-key; password: is required.',
];

describe('Redactor', () => {
  it('hides a known secret in every form an echo may take', () => {
    const redactor = new Redactor([SECRET]);
    for (const [name, form] of Object.entries(secretForms())) {
      const text = `before ${form} after`;
      expect(leaksIn(redactor.redact(text)), name).toEqual([]);
      expect(redactor.redact(text), name).toContain('before ');
    }
  });

  it('hides a secret wrapped over lines, or cut at either end down to 10 characters', () => {
    const redactor = new Redactor([SECRET]);
    expect(redactor.redact(`x ${SECRET.slice(0, 12)}\n  ${SECRET.slice(12)} y`)).toBe(`x ${REDACTED} y`);
    // Wrapped wider than the pattern allows: each side still long enough to be a recognised piece.
    expect(redactor.redact(`x ${SECRET.slice(0, 12)}\n        ${SECRET.slice(12)} y`)).toBe(
      `x ${REDACTED}\n        ${REDACTED} y`,
    );
    expect(redactor.redact(`tail…${SECRET.slice(-10)}`)).toBe(`tail…${REDACTED}`);
    expect(redactor.redact(`${SECRET.slice(0, 10)}… (truncated)`)).toBe(`${REDACTED}… (truncated)`);
    expect(redactor.redact(`x${SECRET}${SECRET}y`)).toBe(`x${REDACTED}${REDACTED}y`);
  });

  it('hides credential shapes nobody registered, keeping what names them', () => {
    const redactor = new Redactor();
    for (const [text, secret] of SHAPED) {
      const redacted = redactor.redact(text);
      expect(redacted, text).not.toContain(secret);
      expect(redacted, text).toContain(REDACTED);
    }
    expect(redactor.redact('Authorization: Bearer abc.def-ghi_123456')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactor.redact('https://deploy:hunter2hunter2@git.example.com/x')).toBe(
      `https://deploy:${REDACTED}@git.example.com/x`,
    );
  });

  it('leaves ordinary prose alone, and is idempotent', () => {
    const redactor = new Redactor(['a-registered-secret']);
    for (const text of PROSE) expect(redactor.redact(text)).toBe(text);
    for (const [text] of SHAPED) expect(redactor.redact(redactor.redact(text))).toBe(redactor.redact(text));
  });

  it(`skips values shorter than ${MIN_SECRET_LENGTH} characters with a notice that does not show them`, () => {
    const notices: string[] = [];
    const redactor = new Redactor(['a', 'abc1234', undefined, ''], { onSkipped: (why) => notices.push(why) });
    expect(redactor.values()).toEqual([]);
    expect(redactor.redact('a b abc1234')).toBe('a b abc1234');
    expect(notices).toHaveLength(2);
    expect(notices.join()).not.toMatch(/abc1234/);
  });

  it('grows: a writer holding it hides secrets added later', () => {
    const redactor = new Redactor();
    const write = (text: string) => redactor.redact(text);
    expect(write(`k=${SECRET}`)).toContain(SECRET);
    redactor.add([SECRET]);
    expect(write(`k=${SECRET}`)).toBe(`k=${REDACTED}`);
  });

  it('redacts plain data deeply, keys included, and leaves numbers and booleans', () => {
    const redactor = new Redactor([SECRET]);
    const value = { n: 1, ok: true, list: [`x ${SECRET}`, { [SECRET]: null }], nested: { text: SECRET } };
    expect(redactor.redactValue(value)).toEqual({
      n: 1,
      ok: true,
      list: [`x ${REDACTED}`, { [REDACTED]: null }],
      nested: { text: REDACTED },
    });
    expect(value.nested.text).toBe(SECRET); // a copy, the input is untouched
  });
});

describe('secret variables', () => {
  it('names the well-known ones and every credential-looking name, not ordinary settings', () => {
    const env = {
      OPENAI_API_KEY: 'x',
      'INPUT_GITHUB-TOKEN': 'x',
      SLACK_BOT_TOKEN: 'x',
      DB_PASSWORD: 'x',
      MY_SECRET: 'x',
      PATH: 'x',
      HOME: 'x',
      TOKENIZER_MODE: 'x',
    };
    expect(secretEnvNames(env).sort()).toEqual([
      'DB_PASSWORD',
      'INPUT_GITHUB-TOKEN',
      'MY_SECRET',
      'OPENAI_API_KEY',
      'SLACK_BOT_TOKEN',
    ]);
  });
});

describe('Redactor: every encoding, any depth, any split', () => {
  it('hides the secret percent-encoded per byte, in hex, in either case, and HTML-escaped', () => {
    const redactor = new Redactor([SECRET]);
    const forms = secretForms();
    for (const name of [
      'percentPerByte',
      'percentPerByteLower',
      'hex',
      'hexUpper',
      'lowercase',
      'uppercase',
      'htmlEscaped',
    ]) {
      const text = `before ${forms[name]} after`;
      expect(leaksIn(redactor.redact(text)), name).toEqual([]);
      expect(redactor.redact(text), name).toBe(`before ${REDACTED} after`);
    }
  });

  it('hides base64 wrapped over lines (MIME), at every alignment', () => {
    const redactor = new Redactor([SECRET]);
    for (const prefix of ['', 'a', 'ab']) {
      const text = mimeWrapped(`${prefix}${SECRET}`);
      expect(leaksIn(text).length, 'the corpus sees it').toBeGreaterThan(0);
      expect(leaksIn(redactor.redact(text))).toEqual([]);
      expect(redactor.redact(text)).toContain('Content-Transfer-Encoding: base64');
    }
  });

  it('hides every piece of 10 characters or more, wherever it was cut (a key spread over messages)', () => {
    const redactor = new Redactor([SECRET]);
    for (const piece of splitSecret(3)) expect(leaksIn(redactor.redact(`said: ${piece}.`)), piece).toEqual([]);
    for (let at = 0; at + 10 <= SECRET.length; at++)
      expect(redactor.redact(`x ${SECRET.slice(at, at + 10)} y`)).toBe(`x ${REDACTED} y`);
  });

  it('hides an encoded form cut at either end while it still holds 10 characters of the secret', () => {
    // An endpoint's error body is cut to an excerpt before anything redacts it: the form there is a prefix.
    const redactor = new Redactor([SECRET]);
    const forms = secretForms();
    for (const name of ['urlEncoded', 'percentPerByte', 'percentPerByteLower', 'jsonEscaped', 'htmlEscaped', 'hex']) {
      const form = forms[name]!;
      const perChar = form.length / SECRET.length;
      for (const kept of [10, 11, 17, SECRET.length - 1]) {
        const length = Math.ceil(kept * perChar);
        for (const text of [`body: ${form.slice(0, length)}`, `…${form.slice(-length)} end`]) {
          expect(leaksIn(text).length, `${name} ${kept} (the corpus sees it)`).toBeGreaterThan(0);
          expect(leaksIn(redactor.redact(text)), `${name} ${kept}: ${text}`).toEqual([]);
        }
      }
    }
    for (const name of ['base64', 'base64url']) {
      const form = forms[name]!;
      for (const text of [`b64 ${form.slice(0, 16)}`, `b64 ${form.slice(0, 30)}`, `b64 ${form.slice(-16)}`])
        expect(leaksIn(redactor.redact(text)), `${name}: ${text}`).toEqual([]);
    }
  });

  it('leaves a cut form alone when it holds fewer than 10 characters of the secret', () => {
    const redactor = new Redactor([SECRET]);
    const forms = secretForms();
    for (const name of ['percentPerByte', 'hex']) {
      const text = `short ${forms[name]!.slice(0, Math.floor((9 * forms[name]!.length) / SECRET.length))} end`;
      expect(redactor.redact(text)).toBe(text);
    }
  });

  it('takes time in proportion to the text: a 1 MB line of base64 letters beside a line break', () => {
    // Quadratic, 1 MB took ~17 minutes (an agent's one hostile reply stalled the run); linear, a few milliseconds.
    const redactor = new Redactor([SECRET]);
    const line = 'A'.repeat(1024 * 1024);
    const body = Buffer.from(`x${SECRET}`).toString('base64');
    for (const text of [`a\nb ${line}`, `${line} a\nb`, `${line}\n${line}`, `${line}\n${body}\n${line}`]) {
      const started = performance.now();
      const redacted = redactor.redact(text);
      expect(performance.now() - started, `${text.length} characters`).toBeLessThan(2_000);
      expect(leaksIn(redacted)).toEqual([]);
    }
  });

  it('finds a secret split across the pieces of a streamed document', () => {
    const redactor = new Redactor([SECRET]);
    const filler = 'lorem ipsum '.repeat(300);
    for (let cut = 1; cut < SECRET.length; cut += 3) {
      const pieces = [filler, `key ${SECRET.slice(0, cut)}`, `${SECRET.slice(cut)} done`, filler, filler];
      const out = [...redactor.redactChunks(pieces)].join('');
      expect(leaksIn(out), `cut at ${cut}`).toEqual([]);
      expect(out).toBe(`${filler}key ${REDACTED} done${filler}${filler}`);
    }
  });

  it('walks data of any depth without recursion, cutting what is nested too deep', () => {
    const redactor = new Redactor([SECRET]);
    let deep: unknown = SECRET;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { a: deep };
    const out = JSON.stringify(redactor.redactValue({ args: deep, note: SECRET }));
    expect(out).toContain(nestingCut());
    expect(leaksIn(out)).toEqual([]);
    expect(out.length).toBeLessThan(2_000);
  });

  it('keeps __proto__ and constructor as plain keys', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}') as Record<string, unknown>;
    const out = new Redactor([SECRET]).redactValue(value);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ x: 1 });
  });
});

describe('withoutCredentials', () => {
  it("leaves out a URL's user, password and query, and keeps where it points", () => {
    const cases: [string, string][] = [
      ['http://127.0.0.1:8080/agent', 'http://127.0.0.1:8080/agent'],
      ['http://ops:hunter2@127.0.0.1:8080/agent', 'http://127.0.0.1:8080/agent'],
      ['https://token@agent.example/v1/chat', 'https://agent.example/v1/chat'],
      ['https://u:p%40ss@agent.example', 'https://agent.example'],
      ['http://u:p@ss@host.example/x', 'http://host.example/x'],
      ['https://fn.example/api/bot?code=fn-key-123', 'https://fn.example/api/bot?…'],
      ['https://u:p@fn.example/api/bot?code=k#frag', 'https://fn.example/api/bot?…'],
      ['https://agent.example/chat#part', 'https://agent.example/chat?…'],
    ];
    for (const [given, shown] of cases) expect(withoutCredentials(given)).toBe(shown);
  });

  it('a password with a raw / ? # or \\ (a URL that does not parse, so never sent) is left out too', () => {
    // The request fails with "Invalid URL" and the message shows the URL: its text is all that says where the
    // user info ends, and the last @ does (a user info is what such a URL was meant to have).
    const cases: [string, string][] = [
      ['http://bot:Pa/ss-0042@127.0.0.1:9/v1', 'http://…@127.0.0.1:9/v1'],
      ['http://bot:Pa?ss-0042@127.0.0.1:9/v1', 'http://…@127.0.0.1:9/v1'],
      ['http://bot:Pa#ss-0042@127.0.0.1:9/v1?code=k', 'http://…@127.0.0.1:9/v1?…'],
      ['https://bot:Pa\\ss-0042@agent.example/chat', 'https://…@agent.example/chat'],
      ['HTTP://bot:Pa/ss@0042@host.example/x', 'HTTP://…@host.example/x'],
    ];
    for (const [given, shown] of cases) {
      expect(() => new URL(given)).toThrow();
      expect(withoutCredentials(given)).toBe(shown);
      expect(withoutCredentials(given)).not.toMatch(/Pa|ss-0042|0042@/);
    }
  });

  it('a URL that parses keeps an @ of its path, and one that does not parse and has no @ is cut at its query', () => {
    expect(withoutCredentials('https://agent.example/users/me@corp.example/chat')).toBe(
      'https://agent.example/users/me@corp.example/chat',
    );
    expect(withoutCredentials('http://agent.example:99999/chat?code=k')).toBe('http://agent.example:99999/chat?…');
    expect(withoutCredentials('/relative/path?code=k')).toBe('/relative/path?…');
  });
});
