import { describe, expect, it } from 'vitest';
import { findMalformedTemplates, findTemplateRefs, renderTemplate, renderTemplateDeep } from '../src/suite/template.js';

const profile = { name: 'Jane', address: { city: 'Lyon' }, items: ['a', 'b'], 'order-id': 'A-1' };

describe('profile templates', () => {
  it('renders flat, nested, indexed and seed-style references', () => {
    expect(renderTemplate('Hi {{profile.name}} from {{ profile.address.city }}', profile)).toBe('Hi Jane from Lyon');
    expect(renderTemplate("{{test_profile['order-id']}} / {{profile.items[1]}}", profile)).toBe('A-1 / b');
  });

  it('leaves unknown keys as written and finds them with their path', () => {
    expect(renderTemplate('{{profile.missing.key}}', profile)).toBe('{{profile.missing.key}}');
    expect(findTemplateRefs('a {{profile.missing.key}}').map((r) => r.path)).toEqual([['missing', 'key']]);
  });

  it('renders inside nested JSON values', () => {
    expect(renderTemplateDeep({ q: ['{{profile.name}}', 3] }, profile)).toEqual({ q: ['Jane', 3] });
  });
});

describe('template hygiene', () => {
  it('resolves own keys only: inherited properties and array length are not profile data', () => {
    expect(renderTemplate('{{profile.constructor}} {{profile.name.length}} {{profile.items.length}}', profile)).toBe(
      '{{profile.constructor}} {{profile.name.length}} {{profile.items.length}}',
    );
    expect(renderTemplate('{{profile.items[0]}}', profile)).toBe('a');
  });

  it('finds every {{ … }} that is not a profile template', () => {
    const text = 'Hi {{profle.name}} {{profile}} {{profile.0name}} {{ profile.name }} {{test_profile.name}}';
    expect(findMalformedTemplates(text).map((t) => t.text)).toEqual([
      '{{profle.name}}',
      '{{profile}}',
      '{{profile.0name}}',
    ]);
    expect(findMalformedTemplates('no braces, {single}')).toEqual([]);
  });
});
