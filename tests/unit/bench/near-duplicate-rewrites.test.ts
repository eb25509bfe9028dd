import { describe, expect, it } from 'vitest';
import { createRng } from '#bench/fuzz/prng.ts';
import { generatePairs, type SourceStory } from '#bench/near-duplicates/pairs.ts';
import {
  applyEdit,
  followUpStory,
  renderStory,
  sameTopicStory,
  WIRE_EDITS,
  type WireStory,
  wireRewrite,
} from '#bench/near-duplicates/rewrites.ts';

const STORY: WireStory = {
  title: 'Council approves harbour bridge repairs',
  byline: 'By Mara Lind',
  paragraphs: [
    'The regional council approved a plan on Monday to rebuild the harbour bridge. It has been closed to lorries since a storm.',
    'Work is due to start in the spring and to last about eighteen months, the council said.',
    'Traders welcomed the decision. "We have waited a long time for this bridge," said the head of the traders association.',
    'The ferry will run late into the evening while the bridge is shut, officials said.',
  ],
};

describe('wire rewrites', () => {
  it('gives the same copy for the same seed and another for another seed', () => {
    const first = wireRewrite(STORY, createRng(7), 3);
    const again = wireRewrite(STORY, createRng(7), 3);
    const other = wireRewrite(STORY, createRng(8), 3);

    expect(again).toEqual(first);
    expect(renderStory(other.story)).not.toBe(renderStory(first.story));
  });

  it('applies as many distinct edits as asked, in list order', () => {
    const { edits } = wireRewrite(STORY, createRng(3), 3);

    expect(new Set(edits).size).toBe(3);
    expect([...edits].sort((a, b) => WIRE_EDITS.indexOf(a) - WIRE_EDITS.indexOf(b))).toEqual(edits);
  });

  it('makes each edit a site makes to an agency story', () => {
    const edited = (edit: (typeof WIRE_EDITS)[number]) => applyEdit(STORY, edit, createRng(1));

    expect(edited('headline').title).not.toBe(STORY.title);
    expect(edited('byline').byline).not.toBe(STORY.byline);
    expect(edited('new-lede').paragraphs[0]).toMatch(/ - .+The regional council approved/);
    expect(edited('drop-paragraph').paragraphs).toHaveLength(STORY.paragraphs.length - 1);
    expect(edited('add-paragraph').paragraphs).toHaveLength(STORY.paragraphs.length + 1);
    expect(edited('change-quotes').paragraphs[2]).not.toBe(STORY.paragraphs[2]);
    expect(edited('boilerplate').paragraphs.at(-1)).toMatch(/Reporting by|Copyright/);
    expect(edited('drop-paragraph').paragraphs[0]).toBe(STORY.paragraphs[0]);
  });

  it('writes a same-topic article in other sentences from the story terms', () => {
    const topical = sameTopicStory(STORY, ['bridge', 'ferry'], createRng(2));

    expect(topical.title).toBe(STORY.title);
    expect(topical.paragraphs).toHaveLength(STORY.paragraphs.length);
    expect(topical.paragraphs.join(' ')).toMatch(/bridge|ferry/);
    expect(topical.paragraphs.some((p) => STORY.paragraphs.includes(p))).toBe(false);
  });

  it('opens a follow-up with the story first sentence and nothing else of it', () => {
    const followUp = followUpStory(STORY, createRng(4));

    expect(followUp.paragraphs[0]).toBe(
      'The regional council approved a plan on Monday to rebuild the harbour bridge.',
    );
    expect(followUp.paragraphs.slice(1).join(' ')).not.toContain('eighteen months');
  });
});

describe('generated pairs', () => {
  const sources: SourceStory[] = [
    { slug: 'bridge', story: STORY, terms: ['bridge'] },
    {
      slug: 'comet',
      story: {
        title: 'Comet passes Jupiter',
        paragraphs: [
          'Astronomers reported a comet passing close to Jupiter, and the probe orbiting the planet sent back images of its icy tail over several weeks.',
          'The comet, first seen in August, will return in about seventy years, when new telescopes can study its nucleus in detail.',
          'Observers in the south have the best view this month, shortly before dawn and away from city lights, the observatory said.',
        ],
      },
      terms: ['comet'],
    },
  ];

  it('is the same for a seed and holds every kind of pair', () => {
    const pairs = generatePairs(sources, { seed: 5, copies: 6 });

    expect(generatePairs(sources, { seed: 5, copies: 6 })).toEqual(pairs);
    const kinds = new Set(pairs.map((pair) => pair.kind));
    expect(kinds).toEqual(new Set(['wire copy', 'same topic', 'follow-up', 'different article']));
    expect(pairs.filter((pair) => pair.kind === 'different article')).toHaveLength(1);
  });

  it('finds wire copies closer than different articles', () => {
    const pairs = generatePairs(sources, { seed: 5, copies: 6 });
    const median = (kind: string) => {
      const d = pairs
        .filter((p) => p.kind === kind)
        .map((p) => p.distance)
        .sort((a, b) => a - b);
      return d[Math.floor(d.length / 2)] ?? 64;
    };

    expect(median('wire copy')).toBeLessThan(median('different article'));
  });
});
