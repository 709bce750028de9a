import { chromium } from '@playwright/test';
const n = +(process.env.N ?? 3000);
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = random(3);
const nodes = Array.from({ length: n }, (_, i) => ({
  key: `n${i}`,
  attributes: {
    label: `Entity ${i}`,
    type: i % 50 === 0 ? 'hub' : 'leaf',
    description: '',
    aliases: [],
    provenance: [],
  },
}));
const edges = [];
for (let i = 1; i < n; i++)
  edges.push({
    key: `t${i}`,
    source: `n${i}`,
    target: `n${Math.floor(r() * i)}`,
    attributes: { type: 'links', description: '', provenance: [] },
  });
for (let i = 0; i < n / 2; i++)
  edges.push({
    key: `x${i}`,
    source: `n${Math.floor(r() * n)}`,
    target: `n${Math.floor(r() * n)}`,
    attributes: { type: 'links', description: '', provenance: [] },
  });
const graph = {
  attributes: {
    ontology: {
      entityTypes: [
        { id: 'hub', label: 'Hub', description: '', color: '#332288', shape: 'hexagon' },
        { id: 'leaf', label: 'Leaf', description: '', color: '#44AA99', shape: 'ellipse' },
      ],
      relationTypes: [
        {
          id: 'links',
          label: 'Links',
          description: '',
          polarity: 'neutral',
          symmetric: false,
          lineStyle: 'solid',
          color: '#777777',
        },
      ],
    },
    sources: [],
  },
  nodes,
  edges,
};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:' + (process.env.PORT ?? 4917) + '/index.html');
await page.waitForFunction(() => window.__atlas?.ready === true);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp.send('Profiler.start');
const t0 = Date.now();
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: 'Open graph file' }).click();
await (await chooser).setFiles({
  name: 'big.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(graph)),
});
for (let i = 0; i < 60; i++) {
  const s = await page.evaluate(() => ({
    ready: window.__atlas?.ready,
    n: window.__atlas?.counts()?.nodes,
    working: document.querySelector('.working')?.textContent ?? null,
    labels: window.__atlas?.labels().length,
  }));
  console.log(((Date.now() - t0) / 1000).toFixed(1), JSON.stringify(s));
  if (s.ready && s.n === n) break;
  await page.waitForTimeout(1000);
}
await page.screenshot({ path: '/work/scratch/dbg3k.png' });
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + us);
}
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, us]) => `${(us / 1000).toFixed(0)}ms ${k}`)
    .join('\n'),
);
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, us] of counts) {
  const seen = new Set();
  let cur = id;
  while (cur !== undefined) {
    const n = byId.get(cur);
    const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    if (!seen.has(key)) {
      incl.set(key, (incl.get(key) ?? 0) + us);
      seen.add(key);
    }
    cur = parent.get(cur);
  }
}
console.log('--- inclusive');
console.log(
  [...incl]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .map(([k, us]) => `${(us / 1000).toFixed(0)}ms ${k}`)
    .join('\n'),
);

await browser.close();
