import { describe, expect, it } from 'vitest';
import { annotatedText } from '#shared/extract/annotated-text.ts';
import { assembleText } from '#shared/extract/sections.ts';

const text = assembleText([
  { heading: null, paragraphs: ['First paragraph here.', 'Second one.'] },
  { heading: 'A heading', paragraphs: ['Third paragraph, after the heading.'] },
]);

describe('annotatedText', () => {
  it('annotates the whole body when it fits, and says nothing about a cut', () => {
    const annotated = annotatedText(text, text.body.length);

    expect(annotated).toEqual({ paragraphs: text.paragraphs, body: text.body });
  });

  it('cuts at the last paragraph boundary under the limit and says how much it covers', () => {
    const limit = text.body.length - 5;

    const annotated = annotatedText(text, limit);

    expect(annotated.paragraphs).toEqual(['First paragraph here.', 'Second one.']);
    expect(annotated.annotatedChars).toBe('First paragraph here.\n\nSecond one.'.length);
    expect(annotated.body).toBe(text.body.slice(0, annotated.annotatedChars));
  });

  it('counts headings as body characters but never annotates them as paragraphs', () => {
    const upToThird = text.body.length;
    const wholeBody = assembleText([
      { heading: null, paragraphs: ['First paragraph here.', 'Second one.'] },
      { heading: 'A heading', paragraphs: ['Third paragraph, after the heading.', 'Fourth.'] },
    ]);

    const annotated = annotatedText(wholeBody, upToThird + 3);

    expect(annotated.paragraphs).toEqual([
      'First paragraph here.',
      'Second one.',
      'Third paragraph, after the heading.',
    ]);
    expect(annotated.annotatedChars).toBe(upToThird);
  });

  it('cuts a first paragraph longer than the limit at a space', () => {
    const long = assembleText([{ heading: null, paragraphs: ['alpha beta gamma delta'] }]);

    const annotated = annotatedText(long, 13);

    expect(annotated.paragraphs).toEqual(['alpha beta']);
    expect(annotated.annotatedChars).toBe(10);
  });
});
