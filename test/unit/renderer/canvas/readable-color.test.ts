// Checks the readable entity colours: WCAG contrast is computed right, every ontology colour of the embedded graph reaches 3:1 on both canvas backgrounds, colours that already do are kept, and the hue survives the mix.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { THEME_COLORS } from '../../../../renderer/canvas/canvas-style';
import {
  contrastRatio,
  entityColorsFor,
  MIN_BODY_CONTRAST,
  readableColors,
  readableOn,
} from '../../../../renderer/canvas/readable-color';

const DARK = THEME_COLORS.dark.background;
const LIGHT = THEME_COLORS.light.background;

describe('contrastRatio', () => {
  it('matches the WCAG formula at its known points', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 6);
    // WCAG's own example value: #767676 on white is 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('red', '#ffffff')).toBeNull();
  });
});

describe('readableOn', () => {
  const colors = loadEmbeddedGraph()
    .getAttribute('ontology')
    .entityTypes.map((t) => t.color);

  it('the alliance indigo stood at 1.5:1 on the dark canvas; every embedded colour now reaches 3:1 on both', () => {
    expect(contrastRatio('#332288', DARK)).toBeLessThan(1.6);
    for (const background of [DARK, LIGHT]) {
      for (const color of colors) {
        expect(contrastRatio(readableOn(color, background), background)).toBeGreaterThanOrEqual(MIN_BODY_CONTRAST);
      }
    }
  });

  it('keeps a colour that already stands out, and only mixes as far as needed', () => {
    expect(readableOn('#D55E00', DARK)).toBe('#D55E00');
    expect(readableOn('#332288', LIGHT)).toBe('#332288');
    const lifted = readableOn('#332288', DARK);
    expect(contrastRatio(lifted, DARK)).toBeLessThan(MIN_BODY_CONTRAST + 1);
  });

  it('keeps the hue: a blue stays blue, lifted on dark and deepened on light', () => {
    const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
    const [r1, g1, b1] = hex(readableOn('#332288', DARK));
    expect(b1).toBeGreaterThan(r1 ?? 0);
    expect(b1).toBeGreaterThan(g1 ?? 0);
    const [r2, g2, b2] = hex(readableOn('#88CCEE', LIGHT));
    expect(b2).toBeGreaterThan(r2 ?? 0);
    expect(b2).toBeGreaterThan(g2 ?? 0);
  });

  it('leaves anything but #rrggbb as it is, and caches per colour', () => {
    expect(readableOn('steelblue', DARK)).toBe('steelblue');
    const readable = readableColors(DARK);
    expect(readable('#332288')).toBe(readableOn('#332288', DARK));
    expect(readable('#332288')).toBe(readable('#332288'));
  });
});

describe('entityColorsFor', () => {
  it('draws the ontology colours as they are in the light theme and lifts the dark ones in the dark theme', () => {
    expect(entityColorsFor('light')('#88CCEE')).toBe('#88CCEE');
    expect(entityColorsFor('light')('#332288')).toBe('#332288');
    const dark = entityColorsFor('dark');
    expect(dark('#D55E00')).toBe('#D55E00');
    expect(contrastRatio(dark('#332288'), DARK)).toBeGreaterThanOrEqual(MIN_BODY_CONTRAST);
    expect(contrastRatio(dark('#882255'), DARK)).toBeGreaterThanOrEqual(MIN_BODY_CONTRAST);
  });
});
