import { isTextualBody, type PreservedContent } from './parse.js';
import { asList, hasType, isJsonObject, rawOf, type JsonObject } from './raw.js';
import type { Decision } from './types.js';
import {
  ANNO_CONTEXT,
  CODE_PROPERTY,
  CORROBORATE_NAMESPACE,
  CORROBORATE_PREFIX,
  KIND_PROPERTY,
  MOTIVATION_OF_KIND,
} from './vocabulary.js';

const COLLECTION_LABEL = 'Corroborate decisions';
const NOTHING_PRESERVED: PreservedContent = { collection: null, page: null, unreadable: [], rawById: new Map() };

/**
 * The decisions as a JSON-LD AnnotationCollection with one embedded page: our keys in a
 * fixed order, then any other properties each annotation was read with, then a newline.
 */
export function serializeAnnotations(decisions: readonly Decision[]): string {
  return serializeAnnotationFile(decisions, NOTHING_PRESERVED);
}

/** Like `serializeAnnotations`, putting back what the file held besides the decisions. */
export function serializeAnnotationFile(decisions: readonly Decision[], preserved: PreservedContent): string {
  const items = [
    ...decisions.map((d) => annotationObject(d, rawOf(d) ?? preserved.rawById.get(d.id))),
    ...preserved.unreadable,
  ];
  const collection = preserved.collection ?? undefined;
  const page = preserved.page ?? undefined;
  const pageOwn = page && { ...page, '@context': undefined };
  const document = merge(
    {
      '@context': contextWith(collection?.['@context'] ?? page?.['@context']),
      type: typeWith(collection?.['type'], 'AnnotationCollection'),
      '@type': undefined,
      label: collection?.['label'] ?? COLLECTION_LABEL,
      total: items.length,
      first: merge({ type: typeWith(page?.['type'], 'AnnotationPage'), '@type': undefined, startIndex: 0, items }, pageOwn),
    },
    collection,
  );
  return `${JSON.stringify(document, null, 2)}\n`;
}

function annotationObject(d: Decision, raw: JsonObject | undefined): JsonObject {
  const value = bodyText(d);
  const keepsBodyValue = typeof raw?.['bodyValue'] === 'string';
  return merge(
    {
      id: d.id,
      type: typeWith(raw?.['type'], 'Annotation'),
      '@type': undefined,
      motivation: motivationWith(raw?.['motivation'], MOTIVATION_OF_KIND[d.kind]),
      [KIND_PROPERTY]: d.kind,
      [CODE_PROPERTY]: d.code,
      created: d.created === '' ? undefined : d.created,
      bodyValue: keepsBodyValue ? value : undefined,
      body: keepsBodyValue ? raw?.['body'] : bodyWith(raw?.['body'], value),
      target: targetObject(d, raw),
    },
    raw,
  );
}

function bodyText(d: Decision): string | undefined {
  switch (d.kind) {
    case 'ignore':
    case 'verified':
      return d.reason;
    case 'published':
      return d.date;
    case 'note':
      return d.body;
  }
}

/** The raw body with its TextualBody replaced by (or holding) `value`; other bodies stay. */
function bodyWith(raw: unknown, value: string | undefined): unknown {
  const items = asList(raw);
  const at = items.findIndex(isTextualBody);
  if (value === undefined) {
    if (at >= 0) items.splice(at, 1);
  } else {
    const old = at >= 0 ? (items[at] as JsonObject) : undefined;
    const textual = merge({ type: 'TextualBody', value, format: old?.['format'] ?? 'text/plain' }, old);
    if (at >= 0) items[at] = textual;
    else items.unshift(textual);
  }
  if (items.length === 0) return undefined;
  return items.length === 1 && !Array.isArray(raw) ? items[0] : items;
}

function targetObject(d: Decision, raw: JsonObject | undefined): JsonObject {
  const first = asList(raw?.['target'])[0];
  const target = isJsonObject(first) ? first : undefined;
  const selectors = asList(target?.['selector']);
  const quote = selectors.find((s) => isJsonObject(s) && hasType(s, 'TextQuoteSelector')) as JsonObject | undefined;
  const position = selectors.find((s) => isJsonObject(s) && hasType(s, 'TextPositionSelector')) as JsonObject | undefined;
  const others = selectors.filter((s) => s !== quote && s !== position);
  return merge(
    {
      source: d.path,
      selector: [
        merge({ type: 'TextQuoteSelector', exact: d.exact, prefix: d.prefix, suffix: d.suffix }, quote),
        merge({ type: 'TextPositionSelector', start: d.start, end: d.end }, position),
        ...others,
      ],
    },
    target,
  );
}

/**
 * `ours` in its key order (a key set to undefined is ours to leave out), then the keys
 * only `raw` has, in raw's order.
 */
function merge(ours: JsonObject, raw: JsonObject | undefined): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(ours)) if (value !== undefined) out[key] = value;
  if (raw) for (const [key, value] of Object.entries(raw)) if (!(key in ours)) out[key] = value;
  return out;
}

/** The raw context with the Web Annotation context and our prefix added when missing. */
function contextWith(raw: unknown): unknown[] {
  const context = [...asList(raw)];
  if (!context.includes(ANNO_CONTEXT)) context.unshift(ANNO_CONTEXT);
  if (!context.some((c) => isJsonObject(c) && CORROBORATE_PREFIX in c)) {
    context.splice(context.indexOf(ANNO_CONTEXT) + 1, 0, { [CORROBORATE_PREFIX]: CORROBORATE_NAMESPACE });
  }
  return context;
}

/** A raw list of types that already includes `name` is kept (extra types survive). */
function typeWith(raw: unknown, name: string): unknown {
  return Array.isArray(raw) && raw.includes(name) ? raw : name;
}

function motivationWith(raw: unknown, motivation: string): unknown {
  return Array.isArray(raw) && raw.includes(motivation) ? raw : motivation;
}
