// What a draft session has to tell the user, the same on every screen that keeps a draft: a
// save that failed (storage full: the one sentence, with the export one tap away), a delete in
// another tab, a merge with another tab's edits, and values that lost a merge, each with a
// button to take it back. The messages load only when there is one to show (this wrapper is on
// the calculator's first load).
import { lazy, Show } from 'solid-js';
import type { DraftSession, SessionStatus } from '../../lib/drafts/session.ts';
import './draft-alerts.css';

const View = lazy(() => import('./DraftAlertsView.tsx'));

export function DraftAlerts(props: { status: SessionStatus | null; session: DraftSession }) {
  const any = () => { const s = props.status; return !!s && (s.save === 'error' || s.deleted || !!s.notice || s.takeBacks.length > 0); };
  return (
    <div class="draft-alerts no-print" data-testid="draft-alerts">
      <Show when={any()}><View status={props.status} session={props.session} /></Show>
    </div>
  );
}
