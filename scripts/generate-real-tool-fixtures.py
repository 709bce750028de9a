#!/usr/bin/env python3
"""Writes test/fixtures/graphs/real-tools/: graphs written by another tool (networkx) the way Gephi and networkx users'
files look, for the legibility end-to-end tests (issue "The picture" §5). Seeded: running it again writes the same bytes.

Usage: python3 scripts/generate-real-tool-fixtures.py   (needs Debian's python3-networkx, numpy and scipy)
"""

import math
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "graphs" / "real-tools"
SEED = 1949
# Gephi's default palette for modularity classes (what its "Partition" colouring gives the first classes).
PALETTE = [(245, 91, 91), (91, 245, 91), (91, 194, 245), (245, 194, 91), (194, 91, 245), (91, 245, 194),
           (245, 91, 194), (153, 153, 153), (194, 245, 91), (91, 91, 245)]
GEXF_NS = "{http://www.gexf.net/1.2draft}"


def gephi_sizes(graph, low=10.0, high=50.0):
    """Gephi's "Ranking > size" by degree: a linear map from the degree range onto [low, high]."""
    degrees = dict(graph.degree())
    lo, hi = min(degrees.values()), max(degrees.values())
    span = (hi - lo) or 1
    return {n: round(low + (high - low) * (d - lo) / span, 4) for n, d in degrees.items()}


def to_gephi_ids(graph):
    """Gephi numbers nodes from "0" in import order and keeps the name as the label."""
    mapping = {name: i for i, name in enumerate(graph.nodes)}
    relabelled = nx.relabel_nodes(graph, mapping, copy=True)
    for name, i in mapping.items():
        relabelled.nodes[i]["label"] = str(name)
    return relabelled


def set_viz(graph, positions, sizes, classes):
    for n in graph.nodes:
        x, y = positions[n]
        r, g, b = PALETTE[classes[n] % len(PALETTE)]
        graph.nodes[n]["modularity_class"] = classes[n]
        graph.nodes[n]["viz"] = {
            "size": sizes[n],
            "position": {"x": round(float(x), 4), "y": round(float(y), 4), "z": 0.0},
            "color": {"r": r, "g": g, "b": b, "a": 1.0},
        }


def communities(graph):
    found = nx.community.louvain_communities(graph, seed=SEED)
    return {n: i for i, block in enumerate(sorted(found, key=lambda c: (-len(c), min(c)))) for n in block}


def check_gephi_numbering(path, nodes, edges):
    """networkx's write_gexf numbers edges from "0" in iteration order, as Gephi does: fail loudly if that changes."""
    root = ET.parse(path).getroot()
    node_ids = [e.get("id") for e in root.iter(GEXF_NS + "node")]
    edge_ids = [e.get("id") for e in root.iter(GEXF_NS + "edge")]
    assert node_ids == [str(i) for i in range(nodes)], f"{path.name}: node ids are not 0..{nodes - 1}"
    assert edge_ids == [str(i) for i in range(edges)], f"{path.name}: edge ids are not 0..{edges - 1}"
    return len(set(node_ids) & set(edge_ids))


def stamp_creator(path, description):
    """networkx writes `<creator>NetworkX x.y</creator>` and today's date; keep the creator, drop the date so reruns
    write identical bytes, and say what was generated."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'<meta lastmodifieddate="[^"]*">', "<meta>", text, count=1)
    text = text.replace("<meta>", f"<meta>\n    <description>{description}</description>", 1)
    path.write_text(text, encoding="utf-8")


def overlapping_pairs(positions, diameter):
    """Pairs of nodes closer than one node diameter (in model units), counted with a grid of that cell size."""
    cells = {}
    for n, (x, y) in positions.items():
        cells.setdefault((math.floor(x / diameter), math.floor(y / diameter)), []).append((n, x, y))
    count = 0
    for (cx, cy), members in cells.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for m, mx, my in cells.get((cx + dx, cy + dy), []):
                    for n, x, y in members:
                        if n < m and math.hypot(x - mx, y - my) < diameter:
                            count += 1
    return count


def les_miserables():
    """Victor Hugo's co-occurrence graph (77 characters, 254 weighted relations) as a Gephi user saves it after a
    layout: positions in Gephi's ±500 range, sizes ranked by degree, colours by modularity class."""
    graph = to_gephi_ids(nx.les_miserables_graph())
    positions = nx.spring_layout(graph, seed=SEED, scale=500, weight="weight", iterations=200)
    set_viz(graph, positions, gephi_sizes(graph), communities(graph))
    path = OUT / "les-miserables.gexf"
    nx.write_gexf(graph, path, version="1.2draft")
    collisions = check_gephi_numbering(path, graph.number_of_nodes(), graph.number_of_edges())
    stamp_creator(path, "networkx les_miserables_graph, spring_layout(seed=1949, scale=500), Louvain classes")
    return path, graph.number_of_nodes(), graph.number_of_edges(), collisions, overlapping_pairs(positions, 30)


def dense_graphml():
    """A dense 235-node community graph (stochastic block model, 5 groups of 47) written by networkx's GraphML writer
    with edge ids "0", "1", … (`edge_id_from_attribute`), so 235 edge ids equal node ids, as in real exports."""
    sizes = [47] * 5
    probabilities = [[0.25 if i == j else 0.035 for j in range(5)] for i in range(5)]
    graph = nx.stochastic_block_model(sizes, probabilities, seed=SEED)
    rng = random.Random(SEED)
    out = nx.Graph()
    for n, data in graph.nodes(data=True):
        out.add_node(str(n), label=f"Member {n} ({'ABCDE'[data['block']]})", block=int(data["block"]))
    for i, (u, v) in enumerate(sorted(graph.edges())):
        out.add_edge(str(u), str(v), id=str(i), weight=rng.randint(1, 5))
    path = OUT / "dense-235.graphml"
    nx.write_graphml(out, path, edge_id_from_attribute="id")
    collisions = len({str(n) for n in out.nodes} & {d["id"] for _, _, d in out.edges(data=True)})
    return path, out.number_of_nodes(), out.number_of_edges(), collisions, None


def write_sites(name, noun, points, pairs, description):
    """Points numbered from 0 and labelled "<noun> <i>", joined by `pairs`, with Gephi's default size 10 and Louvain
    colours, written as GEXF; returns what main() prints."""
    graph = nx.Graph()
    for i in range(len(points)):
        graph.add_node(i, label=f"{noun} {i}")
    # Gephi numbers edges in the order it read them; a file lists them by source.
    graph.add_edges_from(sorted(pairs))
    set_viz(graph, points, {n: 10.0 for n in graph.nodes}, communities(graph))
    path = OUT / name
    nx.write_gexf(graph, path, version="1.2draft")
    collisions = check_gephi_numbering(path, graph.number_of_nodes(), graph.number_of_edges())
    stamp_creator(path, description)
    return path, graph.number_of_nodes(), graph.number_of_edges(), collisions, overlapping_pairs(points, 30)


def dense_positions_grid():
    """A sparse 4,941-node / 6,594-edge network shaped like the US power grid (the sizes of Watts and Strogatz's
    data set): stations spread over a small square (±400), each joined to near neighbours (a Euclidean spanning tree
    plus the shortest extra lines), written Gephi-style. At the default fit 30 px nodes overlap massively."""
    nodes, edges, half = 4941, 6594, 400.0
    rng = random.Random(SEED)
    points = {i: (rng.uniform(-half, half), rng.uniform(-half, half)) for i in range(nodes)}
    near = nx.random_geometric_graph(nodes, radius=25.0, pos=points, p=2)
    for u, v in near.edges():
        (ux, uy), (vx, vy) = points[u], points[v]
        near.edges[u, v]["length"] = math.hypot(ux - vx, uy - vy)
    tree = nx.minimum_spanning_tree(near, weight="length")
    chosen = set(tuple(sorted(e)) for e in tree.edges())
    for u, v, _ in sorted(near.edges(data="length"), key=lambda e: (e[2], e[0], e[1])):
        if len(chosen) >= edges:
            break
        chosen.add(tuple(sorted((u, v))))
    return write_sites("power-grid-like-4941.gexf", "Station", points, chosen,
                       "4,941 stations uniform in ±400, Euclidean spanning tree + shortest extra lines, seed 1949")


def far_flung_layout():
    """1,200 entities as a Gephi user saves them after ForceAtlas2 on a mid-sized graph: coordinates in the thousands
    (here ±6,000), Gephi's default size 10, near neighbours joined (about six relations each). Fitted to a window,
    a 1-unit relation is a twentieth of a pixel: drawn at model width, none of them shows."""
    nodes, half = 1200, 6000.0
    rng = random.Random(SEED + 1)
    points = {i: (rng.uniform(-half, half), rng.uniform(-half, half)) for i in range(nodes)}
    near = nx.random_geometric_graph(nodes, radius=500.0, pos=points, p=2)
    return write_sites("far-flung-1200.gexf", "Site", points, {tuple(sorted(e)) for e in near.edges()},
                       "1,200 sites uniform in ±6,000, joined within 500 units, seed 1950")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"networkx {nx.__version__}")
    for make in (les_miserables, dense_graphml, dense_positions_grid, far_flung_layout):
        path, n, e, collisions, overlaps = make()
        size = path.stat().st_size
        if size > 2_000_000:
            sys.exit(f"{path.name} is {size} bytes, over the 2 MB budget")
        extra = "" if overlaps is None else f", {overlaps} node pairs closer than 30 units"
        print(f"{path.relative_to(OUT.parent.parent.parent.parent)}: {n} nodes, {e} edges, "
              f"{collisions} edge ids equal to node ids, {size / 1e6:.2f} MB{extra}")


if __name__ == "__main__":
    main()
