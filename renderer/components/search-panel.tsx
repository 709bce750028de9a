// Owns the entity search box (Ctrl/Cmd+F): fuzzy, accent- and case-insensitive results with their type; Enter or click selects and centres.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';

export const SEARCH_INPUT_ID = 'entity-search';

export function SearchPanel({ context }: { context: ExploreContext }) {
  const { model, viewStore, app } = context;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** The list closes once an entity is chosen and opens again as soon as the query changes. */
  const [listShown, setListShown] = useState(true);
  const index = model.searchIndex.value;
  const hits = useMemo(() => index.search(query, 12), [index, query]);
  const open = listShown && query.trim().length > 0;
  // The hits' labels come first on the canvas (after the selection and a path): what was searched for can be read.
  useEffect(() => {
    viewStore.searchHits.value = query.trim().length > 0 ? hits.map((hit) => hit.key) : [];
  }, [viewStore, hits, query]);
  useEffect(
    () => () => {
      viewStore.searchHits.value = [];
    },
    [viewStore],
  );

  const choose = (key: string | undefined) => {
    if (!key) return;
    setListShown(false);
    viewStore.select({ kind: 'node', key }, true);
    if (!model.visibility.value.nodes.has(key)) {
      const label = app.document.value.graph.getNodeAttribute(key, 'label');
      app.showNotice({
        kind: 'info',
        text: `${label} is hidden by the current filters or focus; its details are shown.`,
      });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setListShown(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]?.key);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setQuery('');
    }
  };

  return (
    <section class="panel search-panel" aria-label="Search">
      <input
        id={SEARCH_INPUT_ID}
        type="text"
        // biome-ignore lint/a11y/noRedundantRoles: `list` is undefined (no datalist), so the role is not implied; Preact's typings require the attribute.
        role="combobox"
        list={undefined}
        aria-label="Search entities"
        aria-expanded={open}
        aria-controls="search-results"
        aria-activedescendant={open && hits[active] ? `search-hit-${active}` : undefined}
        aria-autocomplete="list"
        placeholder="Search entities (Ctrl+F)"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setListShown(true);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div id="search-results" class="search-results" role="listbox" aria-label="Search results">
          {hits.length === 0 && <p class="search-empty">{`No entity matches “${query}”`}</p>}
          {hits.map((hit, i) => (
            <div
              key={hit.key}
              id={`search-hit-${i}`}
              role="option"
              // Options are reached with the arrow keys from the combobox (aria-activedescendant), not by Tab.
              tabIndex={-1}
              aria-selected={i === active}
              class={i === active ? 'search-hit active' : 'search-hit'}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit.key)}
              onKeyDown={(event) => event.key === 'Enter' && choose(hit.key)}
            >
              <span class="search-hit-label">{hit.label}</span>
              <span class="search-hit-type">{hit.typeLabel}</span>
              {hit.matchedOn && <span class="search-hit-match">{`matched: ${hit.matchedOn}`}</span>}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
