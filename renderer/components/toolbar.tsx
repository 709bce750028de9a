// Owns the top toolbar: file and view commands, each a labelled button that runs the same command as the menu.
import type { MenuCommand } from '../../graph-data/host-api';

export interface ToolbarProps {
  run(command: MenuCommand): void;
  theme: 'light' | 'dark';
}

const BUTTONS: { command: MenuCommand; label: string; text: string }[] = [
  { command: 'open', label: 'Open graph file', text: 'Open…' },
  { command: 'connect-sparql', label: 'Connect to SPARQL endpoint', text: 'SPARQL…' },
  { command: 'save-as', label: 'Save graph as', text: 'Save As…' },
  { command: 'export-png', label: 'Export PNG image', text: 'Export PNG' },
  { command: 'zoom-in', label: 'Zoom in', text: '+' },
  { command: 'zoom-out', label: 'Zoom out', text: '−' },
  { command: 'fit', label: 'Fit graph to window', text: 'Fit' },
];

export function Toolbar({ run, theme }: ToolbarProps) {
  return (
    <header class="toolbar">
      <div class="toolbar-buttons" role="toolbar" aria-label="Main toolbar">
        <span class="app-title">Alliance Atlas</span>
        {BUTTONS.map((b) => (
          <button key={b.command} type="button" aria-label={b.label} title={b.label} onClick={() => run(b.command)}>
            {b.text}
          </button>
        ))}
        <button
          type="button"
          aria-label="Toggle dark mode"
          aria-pressed={theme === 'dark'}
          title="Toggle dark mode"
          onClick={() => run('toggle-theme')}
        >
          {theme === 'dark' ? 'Light' : 'Dark'}
        </button>
      </div>
    </header>
  );
}
