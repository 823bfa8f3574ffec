// A clause as a link into the library (plain text for documents the library does not hold).
// Its own module so screens that only cite (the review record) do not load the result view.
import { Show } from 'solid-js';
import type { CitationOut } from '../../rules/types.ts';

export function CitationLink(props: { c: Pick<CitationOut, 'label' | 'url'> }) {
  return <Show when={props.c.url} fallback={<span>{props.c.label}</span>}>{(url) => <a href={url()}>{props.c.label}</a>}</Show>;
}
