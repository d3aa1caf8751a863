import { describe, expect, it } from 'vitest';
import { findTemplateRefs, renderTemplate, renderTemplateDeep } from '../src/suite/template.js';

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
