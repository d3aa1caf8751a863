// User regexes run on RE2 (linear time): shapes that backtrack exponentially
// on JavaScript's engine finish at once, and what RE2 can not express is
// refused with a reason instead of a raw parser message.
import { describe, expect, it } from 'vitest';
import { matchesDeterministically } from '../../src/engine/users/scripted.js';
import { judgeTrial } from '../../src/judge/index.js';
import { compileUserRegex, userRegex } from '../../src/util/user-regex.js';
import { agent, conversationTrial, criterion, fakeChat, trace, user } from '../runner/helpers.js';

/** Each of these takes minutes to centuries on a backtracking engine against `HOSTILE`. */
const CATASTROPHIC = [
  '(a+)+$',
  '^(a|a)*$',
  '(a|aa)+$',
  '(\\w+\\s?)+$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(.*a){20}$',
  '(x+x+)+y',
];
const HOSTILE = `${'a'.repeat(50_000)}!`;

describe('compileUserRegex', () => {
  it.each(CATASTROPHIC)('%s compiles and matches a hostile input without backtracking', (pattern) => {
    const compiled = compileUserRegex(pattern);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    // Would never return on a backtracking engine; a hang here fails the test by its timeout.
    expect(compiled.regex.test(HOSTILE)).toBe(false);
  });

  it('keeps ordinary patterns working, with case folding when asked', () => {
    expect(userRegex('refund (issued|sent) for #?\\d+').test('Your refund issued for #42')).toBe(true);
    expect(userRegex('^hello').test('Hello there')).toBe(false);
    expect(userRegex('^hello', { ignoreCase: true }).test('Hello there')).toBe(true);
    expect(userRegex('\\p{L}+').test('Grüße')).toBe(true);
  });

  it.each([
    ['(\\w+) \\1', 'backreference \\1 is not supported'],
    ['(?<q>a)\\k<q>', 'named backreference'],
    ['(?=.*order)number', 'lookahead (?=…) is not supported'],
    ['(?!no)yes', 'lookahead (?!…) is not supported'],
    ['(?<=a)b', 'lookbehind (?<=…) is not supported'],
    ['(?<!not )refunded', 'lookbehind (?<!…) is not supported'],
  ])('refuses %s: %s', (pattern, reason) => {
    const compiled = compileUserRegex(pattern);
    expect(compiled.ok).toBe(false);
    if (compiled.ok) return;
    expect(compiled.message).toContain(reason);
    expect(compiled.message).toContain('RE2');
  });

  it('does not mistake escaped or bracketed characters for lookaround or backreferences', () => {
    expect(compileUserRegex('\\(?=x').ok).toBe(true);
    expect(compileUserRegex('[(]\\d').ok).toBe(true);
    expect(compileUserRegex('[(?=]x').ok).toBe(true);
  });

  it('reports syntax errors without RE2JS prefix noise', () => {
    expect(compileUserRegex('your (name')).toEqual({ ok: false, message: 'missing closing )' });
  });
});

describe('where user regexes run', () => {
  it('a text criterion with a catastrophic regex is judged at once', async () => {
    const [result] = await judgeTrial(
      conversationTrial({ criteria: [criterion({ type: 'text', regex: '(a+)+$', scope: 'final' })] }),
      trace([user('hi'), agent(HOSTILE)]),
      {
        chat: fakeChat(() => new Error('no LLM call expected')),
      },
    );
    expect(result?.passed).toBe(false);
  });

  it('a scripted condition with a catastrophic pattern is matched at once', () => {
    const condition = {
      id: 1,
      condition: 'x',
      action: 'y',
      type: 'standard',
      fixed_message: true,
      pattern: '(a|aa)+$',
    } as const;
    expect(matchesDeterministically(condition, HOSTILE, 'regex')).toBe(false);
    expect(matchesDeterministically(condition, 'AAAA', 'regex')).toBe(true);
  });
});
