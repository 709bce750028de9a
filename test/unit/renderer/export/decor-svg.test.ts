// Tests the SVG page: well-formed XML, markup in labels, titles and captions kept as literal text, legend and layout placement.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { estimateText, layoutPage, wrapText } from '../../../../renderer/export/decor-layout';
import { composeSvg } from '../../../../renderer/export/decor-svg';
import { escapeXml } from '../../../../renderer/export/xml-escape';

/** Parses `xml`; returns the text content of every <text> element (entities decoded), or throws if malformed. */
function textsOf(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const texts: string[] = [];
  let inText = false;
  let elements = 0;
  parser.on('opentag', (tag) => {
    elements++;
    if (tag.local === 'script') throw new Error('a script element was produced');
    if (tag.local === 'text') {
      inText = true;
      texts.push('');
    }
  });
  parser.on('text', (t) => {
    if (inText) texts[texts.length - 1] += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'text') inText = false;
  });
  parser.write(xml).close();
  expect(elements).toBeGreaterThan(0);
  return texts;
}

const HOSTILE = '<script>alert("x")</script> & <b>bold</b> \u0007';
const GRAPH_SVG =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><g><path d="M 0 0 L 10 10"/><text>NATO</text></g></svg>';

function page(extra: Partial<Parameters<typeof layoutPage>[0]> = {}) {
  return layoutPage({
    graphWidth: 400,
    graphHeight: 300,
    title: '',
    caption: '',
    legend: null,
    textColor: '#111111',
    mutedColor: '#555555',
    measure: estimateText,
    ...extra,
  });
}

describe('escapeXml', () => {
  it('escapes the five XML specials and replaces characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\uD800`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\uFFFD\uFFFD',
    );
    expect(escapeXml('Kraków 😀')).toBe('Kraków 😀');
  });
});

describe('composeSvg', () => {
  it('is well-formed and keeps markup in the title, caption and legend as literal text', () => {
    const layout = page({
      title: HOSTILE,
      caption: `Path: ${HOSTILE}`,
      legend: {
        entities: [{ label: HOSTILE, color: '#332288', shape: 'hexagon' }],
        relations: [{ label: 'Undermines', color: '#CC6677', lineStyle: 'dashed', polarity: 'adversarial' }],
      },
    });
    const svg = composeSvg({
      layout,
      graphSvg: GRAPH_SVG,
      graphOffset: { x: 20, y: 20 },
      background: '#ffffff',
      scale: 2,
      title: HOSTILE,
    });
    const texts = textsOf(svg);
    const literal = HOSTILE.replace('\u0007', '\uFFFD');
    expect(texts).toContain(literal);
    expect(texts).toContain(`Path: ${literal}`);
    expect(texts).toContain('NATO');
    expect(texts).toContain('Entity types');
    expect(texts).toContain('Undermines (adversarial)');
    expect(svg).not.toContain('<script');
    expect(svg).toMatch(/width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
  });

  it('sizes the SVG by the scale but keeps the drawing in page units', () => {
    const layout = page();
    const svg = composeSvg({
      layout,
      graphSvg: GRAPH_SVG,
      graphOffset: { x: 0, y: 0 },
      background: null,
      scale: 3,
      title: '',
    });
    expect(svg).toContain('width="1200" height="900" viewBox="0 0 400 300"');
    expect(svg).not.toContain('<rect x="0" y="0"'); // transparent: no background rectangle
    expect(svg.match(/<\?xml/g)).toHaveLength(1); // the nested graph lost its own declaration
  });
});

describe('layoutPage', () => {
  it('is exactly the graph when there is nothing to add', () => {
    const layout = page();
    expect(layout).toMatchObject({ width: 400, height: 300, graph: { x: 0, y: 0 }, items: [] });
  });

  it('puts the title above, the legend right of and the caption under the graph', () => {
    const layout = page({
      title: 'Alliances',
      caption: 'A caption',
      legend: { entities: [{ label: 'Alliance', color: '#332288', shape: 'hexagon' }], relations: [] },
    });
    const texts = layout.items.filter((i) => i.kind === 'text');
    const title = texts.find((i) => i.text === 'Alliances');
    const caption = texts.find((i) => i.text === 'A caption');
    const frame = layout.items.filter((i) => i.kind === 'frame')[0];
    expect(title?.y).toBeLessThan(layout.graph.y);
    expect(caption?.y).toBeGreaterThan(layout.graph.y + layout.graph.height);
    expect(frame?.x).toBeGreaterThanOrEqual(layout.graph.x + layout.graph.width);
    expect(layout.width).toBeGreaterThan(400);
  });

  it('wraps long text by words within the width', () => {
    const lines = wrapText('one two three four five six seven', 60, 10, false, estimateText);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(estimateText(line, 10, false) <= 60 || !line.includes(' ')).toBe(true);
    expect(lines.join(' ')).toBe('one two three four five six seven');
  });
});
