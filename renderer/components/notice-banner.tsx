// Owns the dismissible banner for errors (role=alert) and information (role=status); text only, never HTML.
import type { Notice } from '../store/app-store';

export function NoticeBanner({ notice, dismiss }: { notice: Notice | null; dismiss(): void }) {
  if (!notice) return null;
  return (
    <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss message" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
