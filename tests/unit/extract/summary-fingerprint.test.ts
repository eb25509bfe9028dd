import { describe, expect, it } from 'vitest';
import { hammingDistance, simhash } from '#shared/extract/fingerprint.ts';
import { deriveKeywords } from '#shared/extract/keywords.ts';
import { summarize } from '#shared/extract/summary.ts';

const STORY = [
  'The city council approved a new tram line for the harbour district on Monday night.',
  'The tram line will link the harbour district with the central station by 2028. Residents cheered.',
  'Opponents said the tram budget was too high for the council to carry alone.',
  'The weather was mild and the meeting ended early.',
];

describe('summarize', () => {
  it('starts with the lede and adds at most two sentences in text order', () => {
    const summary = summarize(STORY) ?? '';

    expect(summary.startsWith(STORY[0] ?? '')).toBe(true);
    expect(summary).toContain('The tram line will link');
    expect(summary).not.toContain('Residents cheered');
  });

  it('returns nothing when no sentence is long enough', () => {
    expect(summarize(['Short one.'])).toBeUndefined();
  });
});

describe('simhash', () => {
  const base = STORY.join(' ').repeat(3);

  it('is 16 hex digits and near-duplicates differ in few bits', () => {
    const edited = base.replace('approved', 'passed').replace('mild', 'cold');

    expect(simhash(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(simhash(base), simhash(edited))).toBeLessThan(8);
  });

  it('differs in many bits for unrelated texts', () => {
    const other =
      'Astronomers observed a comet passing close to Jupiter, and the probe sent back images of its icy tail over several weeks.';

    expect(hammingDistance(simhash(base), simhash(other))).toBeGreaterThan(16);
  });
});

describe('deriveKeywords', () => {
  it('puts entities named twice first, then repeated content words, capped', () => {
    const body = [...STORY, 'The council will vote again.'].join(' ');
    const entities = [
      { name: 'Harbour Council', mentions: 2 },
      { name: 'Once Named', mentions: 1 },
    ];

    const keywords = deriveKeywords(body, entities);

    expect(keywords[0]).toBe('Harbour Council');
    expect(keywords).toContain('council');
    expect(keywords).not.toContain('Once Named');
    expect(keywords.length).toBeLessThanOrEqual(8);
  });
});
