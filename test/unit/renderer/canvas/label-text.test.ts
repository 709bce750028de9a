// Checks label wrapping: whole words per line, at most two lines, long words and overflow truncated with an ellipsis.
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../../renderer/canvas/label-text';

/** One em per character: widths are easy to reason about. */
const measure = (text: string) => text.length;

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('NATO', measure, { maxWidthEm: 10, maxLines: 2 })).toEqual({
      lines: ['NATO'],
      widthEm: 4,
      truncated: false,
    });
  });

  it('wraps at word boundaries and reports the widest line', () => {
    const text = wrapLabel('Responsibility to Protect', measure, { maxWidthEm: 15, maxLines: 2 });
    expect(text.lines).toEqual(['Responsibility', 'to Protect']);
    expect(text.widthEm).toBe(14);
    expect(text.truncated).toBe(false);
  });

  it('ends the last line with an ellipsis when words are left over', () => {
    const text = wrapLabel('one two three four five six', measure, { maxWidthEm: 9, maxLines: 2 });
    expect(text.lines).toHaveLength(2);
    expect(text.lines[0]).toBe('one two');
    expect(text.lines[1]?.endsWith('…')).toBe(true);
    expect(text.truncated).toBe(true);
    for (const line of text.lines) expect(measure(line)).toBeLessThanOrEqual(9);
  });

  it('truncates a single word wider than a line', () => {
    const text = wrapLabel('Supercalifragilistic', measure, { maxWidthEm: 8, maxLines: 2 });
    expect(text.lines).toEqual(['Superca…']);
    expect(text.truncated).toBe(true);
  });

  it('gives nothing to draw for an empty or blank label', () => {
    expect(wrapLabel('   ', measure).lines).toEqual([]);
  });
});
