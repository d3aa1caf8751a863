import { describe, expect, it } from 'vitest';
import { matchesDeterministically } from '../../src/engine/users/scripted.js';
import { expandSpell, splitEndcall, splitStop } from '../../src/engine/users/tags.js';
import { collect } from '../../src/suite/collect.js';
import { checkScenarioRules } from '../../src/suite/scenario-rules.js';
import { ConditionSchema } from '../../src/suite/schema.js';
import { parseYamlFile } from '../../src/suite/yaml-file.js';

describe('text-mode tags', () => {
  it('spells letter by letter, word by word', () => {
    expect(expandSpell('My code is <spell>A1B2</spell>.')).toBe('My code is A-1-B-2.');
    expect(expandSpell('<spell> Ann Lee </spell> and <SPELL>x9</SPELL>')).toBe('A-n-n L-e-e and x-9');
    expect(expandSpell('nothing to spell')).toBe('nothing to spell');
  });

  it('keeps the text before <endcall/> and drops what follows', () => {
    expect(splitEndcall("Thanks, that's all <endcall />")).toEqual({ text: "Thanks, that's all", endcall: true });
    expect(splitEndcall('<endcall/> ignored')).toEqual({ text: '', endcall: true });
    expect(splitEndcall('Just talking')).toEqual({ text: 'Just talking', endcall: false });
  });

  it('reads the stop signal', () => {
    expect(splitStop('Great, bye! <stop/>')).toEqual({ text: 'Great, bye!', stop: true });
    expect(splitStop('<stop />')).toEqual({ text: '', stop: true });
    expect(splitStop('Not yet.')).toEqual({ text: 'Not yet.', stop: false });
  });
});

describe('deterministic condition matching', () => {
  const condition = (extra: Record<string, unknown>) =>
    ConditionSchema.parse({
      id: 1,
      condition: 'The agent asks for the order',
      action: 'A-1',
      fixed_message: true,
      ...extra,
    });

  it('matches keywords as whole words, case-insensitively', () => {
    const c = condition({ keywords: ['order number', "couldn't find"] });
    expect(matchesDeterministically(c, 'What is your ORDER NUMBER?', 'keywords')).toBe(true);
    expect(matchesDeterministically(c, "Sorry, I couldn't find it.", 'keywords')).toBe(true);
    expect(matchesDeterministically(c, 'Your reorder numbers are fine', 'keywords')).toBe(false);
  });

  it('matches a pattern case-insensitively, falling back from one mode to the other', () => {
    expect(matchesDeterministically(condition({ pattern: 'order (number|id)' }), 'Your Order ID?', 'regex')).toBe(true);
    expect(matchesDeterministically(condition({ keywords: ['order'] }), 'Your order?', 'regex')).toBe(true);
    expect(matchesDeterministically(condition({ pattern: 'refund' }), 'Your order?', 'keywords')).toBe(false);
    expect(matchesDeterministically(condition({}), 'anything', 'regex')).toBe(false);
  });
});

describe('loader and engine agree on tags', () => {
  // The loader accepts an action exactly when the engine acts on every tag in it (nothing tag-like is sent literally).
  const loaderAccepts = (action: string): boolean => {
    const yaml =
      `scenarios:\n  - id: s\n    type: scripted\n    match: regex\n    conditional_actions:\n      ` +
      `role: r\n      conditions:\n        - { id: 0, condition: FIRST_MESSAGE, action: ` +
      `${JSON.stringify(action)}, fixed_message: true }\n`;
    const parsed = parseYamlFile('s.yaml', 's.yaml', yaml);
    if (!parsed.ok) throw new Error(parsed.issue.message);
    return checkScenarioRules(collect([parsed.file]).scenarios).length === 0;
  };
  const engineSends = (action: string): string => splitEndcall(expandSpell(action)).text;

  it.each([
    'It is <spell>A1</spell>',
    'It is <spell >A1</spell >',
    'It is < spell>A1</ spell>',
    'It is <SPELL>A1</SPELL>',
    'Bye <endcall/>',
    'Bye <endcall />',
    'Bye < endcall />',
    'Bye <endcall>',
    'Bye <endcall please/>',
    'Bye </endcall>',
    'It is <spell x>A1</spell>',
    'It is </spell>A1',
    'Hi <b>there</b>',
  ])('%s', (action) => {
    expect(loaderAccepts(action)).toBe(!engineSends(action).includes('<'));
  });

  it('expands the whitespace-tolerant spellings', () => {
    expect(engineSends('It is <spell >A1</spell > < endcall />')).toBe('It is A-1');
  });
});
