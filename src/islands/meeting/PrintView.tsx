// Print (A4) rendering of the document model: the same blocks the Word file is made of, as
// plain DOM (text nodes only — user text is never parsed as HTML). Shown only when printing.
import { createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import type { Block, DocSpec } from '../../lib/documents/index.ts';

const BOX_ON = '☒';
const BOX_OFF = '☐';

function BlockView(props: { b: Block }) {
  return (
    <Switch>
      <Match when={props.b.type === 'header' && props.b}>
        {(b) => (
          <>
            <Show when={b().formLabel}><p class="doc-form">{b().formLabel}</p></Show>
            <table class="doc-header"><tbody><tr>
              <td><For each={b().left}>{(l) => <div>{l}</div>}</For></td>
              <td><For each={b().right}>{(l) => <div><strong class="u">{l}</strong></div>}</For><div><em>{b().placeDate}</em></div></td>
            </tr></tbody></table>
          </>
        )}
      </Match>
      <Match when={props.b.type === 'title' && props.b}>
        {(b) => <><p class="doc-title">{b().text}</p><For each={b().sub ?? []}>{(s) => <p class="doc-sub">{s}</p>}</For></>}
      </Match>
      <Match when={props.b.type === 'heading' && props.b}>{(b) => <p class="doc-heading">{b().text}</p>}</Match>
      <Match when={props.b.type === 'p' && props.b}>
        {(b) => (
          <p class={b().indent ? 'indent' : undefined}>
            <For each={b().runs}>{(r) => <span classList={{ u: !!r.underline }}>{r.bold ? <strong>{r.text}</strong> : r.italic ? <em>{r.text}</em> : r.text}</span>}</For>
          </p>
        )}
      </Match>
      <Match when={props.b.type === 'choices' && props.b}>
        {(b) => (
          <p>
            <For each={b().options}>{(o) => <span>{b().vertical ? <><br />{'\u00a0\u00a0'}</> : '\u00a0\u00a0\u00a0\u00a0'}{o.checked ? BOX_ON : BOX_OFF} {o.label}</span>}</For>
          </p>
        )}
      </Match>
      <Match when={props.b.type === 'dots' && props.b}>{(b) => <For each={Array.from({ length: b().lines })}>{() => <p>{'…'.repeat(60)}</p>}</For>}</Match>
      <Match when={props.b.type === 'table' && props.b}>
        {(b) => (
          <table class="bordered">
            <thead><tr><For each={b().head}>{(h, i) => <th style={{ width: `${b().widths[i()] ?? 10}%` }}>{h}</th>}</For></tr></thead>
            <tbody><For each={b().rows}>{(r) => <tr><For each={r}>{(c) => <td>{c}</td>}</For></tr>}</For></tbody>
          </table>
        )}
      </Match>
      <Match when={props.b.type === 'signatures' && props.b}>
        {(b) => (
          <table class="doc-sign"><tbody><tr>
            <For each={b().cols}>{(c) => <td><strong>{c.title}</strong><Show when={c.note}><br /><em>{c.note}</em></Show><Show when={c.name}><br /><br /><br /><br /><strong>{c.name}</strong></Show></td>}</For>
          </tr></tbody></table>
        )}
      </Match>
    </Switch>
  );
}

/**
 * The print area of a screen: `doc` is rendered on `beforeprint`, so printing from the browser's
 * menu (or Ctrl+P) always prints the screen's current data, never a blank page or an earlier
 * state. Solid renders synchronously inside the handler, before the browser lays out the print.
 * The last printed document stays in the (screen-hidden) area: it is a snapshot, not reactive,
 * so later edits cost nothing until the next print.
 */
export function PrintView(props: { doc: () => DocSpec }) {
  const [spec, setSpec] = createSignal<DocSpec | null>(null);
  onMount(() => {
    const render = () => setSpec(props.doc());
    addEventListener('beforeprint', render);
    onCleanup(() => removeEventListener('beforeprint', render));
  });
  return (
    <div class="print-area" aria-hidden="true" data-testid="print-area">
      <Show when={spec()}>{(s) => <For each={s().blocks}>{(b) => <BlockView b={b} />}</For>}</Show>
    </div>
  );
}

/** The "In (A4)" buttons: the browser's print, which fires beforeprint like its own menu does. */
export function printNow(): void {
  window.print();
}
