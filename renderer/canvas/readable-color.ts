// Owns making entity colours readable on the dark canvas: WCAG's 3:1 contrast for graphical objects, reached by mixing a colour towards white (or black on a light background), hue kept.
// Written here because the check is a few lines of the WCAG formula; a colour library would add a dependency for it.

import { THEME_COLORS, type Theme } from './canvas-style';

/** WCAG 2.1, success criterion 1.4.11: graphical objects need 3:1 against what is next to them. */
export const MIN_BODY_CONTRAST = 3;

function channels(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return null;
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21); null if either is not one. */
export function contrastRatio(a: string, b: string): number | null {
  const ca = channels(a);
  const cb = channels(b);
  if (!ca || !cb) return null;
  const la = luminance(ca);
  const lb = luminance(cb);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * `color` itself where it already stands out from `background` by `min`; otherwise the least mix towards white (on a
 * dark background) or black (on a light one) that does, in steps of 5%. Anything but `#rrggbb` is returned as is.
 */
export function readableOn(color: string, background: string, min = MIN_BODY_CONTRAST): string {
  const fg = channels(color);
  const bg = channels(background);
  if (!fg || !bg) return color;
  const target = luminance(bg) < 0.18 ? 255 : 0;
  const contrast = (c: [number, number, number]) => {
    const l = luminance(c);
    const lb = luminance(bg);
    return (Math.max(l, lb) + 0.05) / (Math.min(l, lb) + 0.05);
  };
  if (contrast(fg) >= min) return color;
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    // Rounded before the check: the colour written is whole channels, and rounding can cost the last hundredth.
    const mixed: [number, number, number] = [
      Math.round(fg[0] + (target - fg[0]) * t),
      Math.round(fg[1] + (target - fg[1]) * t),
      Math.round(fg[2] + (target - fg[2]) * t),
    ];
    if (contrast(mixed) >= min) return toHex(mixed);
  }
  return toHex([target, target, target]);
}

/** `readableOn` with a cache: a canvas has thousands of entities but a handful of colours. */
export function readableColors(background: string): (color: string) => string {
  const cache = new Map<string, string>();
  return (color) => {
    let out = cache.get(color);
    if (out === undefined) {
      out = readableOn(color, background);
      cache.set(color, out);
    }
    return out;
  };
}

/**
 * The colour an entity is drawn in, for a theme. Ontology palettes (Paul Tol's, Okabe–Ito) are designed for a white
 * page, and the light theme draws them as they are. On the dark canvas the alliance indigo #332288 stood at 1.5:1 and
 * its hexagons nearly vanished: there, colours under 3:1 are lifted just enough.
 */
export function entityColorsFor(theme: Theme): (color: string) => string {
  return theme === 'dark' ? readableColors(THEME_COLORS.dark.background) : (color) => color;
}
