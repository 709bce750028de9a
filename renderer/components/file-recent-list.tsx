// Owns the recent-files list (desktop only: a web page cannot reopen a file by its path, so the web build shows none).
import { useState } from 'preact/hooks';

export interface FileRecentListProps {
  paths: string[];
  refresh(): Promise<void>;
  open(path: string): void;
}

function shortName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function FileRecentList({ paths, refresh, open }: FileRecentListProps) {
  const [expanded, setExpanded] = useState(false);
  const toggle = async () => {
    if (!expanded) await refresh();
    setExpanded(!expanded);
  };
  return (
    <nav
      class="file-recent"
      aria-label="Recent files"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setExpanded(false);
      }}
    >
      <button type="button" aria-expanded={expanded} aria-controls="file-recent-items" onClick={() => void toggle()}>
        Recent files
      </button>
      {expanded ? (
        <ul id="file-recent-items" class="file-recent-items">
          {paths.length === 0 ? <li class="file-recent-empty">No recent files</li> : null}
          {paths.map((path) => (
            <li key={path}>
              <button
                type="button"
                title={path}
                onClick={() => {
                  setExpanded(false);
                  open(path);
                }}
              >
                {shortName(path)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </nav>
  );
}
