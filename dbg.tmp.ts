import { computeLayout } from './renderer/layout/layout-compute';
for (const n of [3000]) {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, size: 30 }));
  const edges: [string, string][] = [];
  for (let i = 1; i < n; i++) edges.push([`n${i}`, `n${Math.floor(Math.random() * i)}`]);
  for (let i = 0; i < n / 2; i++)
    edges.push([`n${Math.floor(Math.random() * n)}`, `n${Math.floor(Math.random() * n)}`]);
  const t = performance.now();
  const p = computeLayout({ name: 'fcose', nodes, edges, seed: 1, canvas: { width: 1000, height: 700 } });
  let o = 0;
  const pts = Object.values(p);
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++) if (Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y) < 30) o++;
  console.log(n, 'total', (performance.now() - t).toFixed(0), 'overlapping pairs', o);
}
