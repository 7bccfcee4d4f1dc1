import { isIsoDate } from '../config.js';
import { normalizeAnnotationPath } from './decision.js';
import { parseJsonWithPosition } from './jsonErrorPosition.js';
import { asList, hasType, isJsonObject, rememberRaw, type JsonObject } from './raw.js';
import type { Decision, DecisionKind } from './types.js';
import { DECISION_KINDS } from './types.js';
import { CODE_PROPERTY, KIND_PROPERTY, kindOfMotivation } from './vocabulary.js';

/** What a rewrite must put back besides the decisions, so nothing in the file is lost. */
export interface PreservedContent {
  /** The collection object as read (its own properties are kept), or null. */
  collection: JsonObject | null;
  /** The embedded first page as read, or null. */
  page: JsonObject | null;
  /** Entries that are not readable decisions, written back unchanged. */
  unreadable: unknown[];
  /** Each decision's annotation object as read, by id (for decisions rebuilt by spreading). */
  rawById: ReadonlyMap<string, JsonObject>;
}

export interface ParsedAnnotationFile {
  decisions: Decision[];
  problems: string[];
  /** The text is not JSON or not an annotation collection: nothing in it may be overwritten. */
  malformed: boolean;
  preserved: PreservedContent;
}

const NOTHING_PRESERVED: PreservedContent = { collection: null, page: null, unreadable: [], rawById: new Map() };

/** Reads `.corroborate/annotations.jsonld`; never throws. */
export function parseAnnotations(json: string): { decisions: Decision[]; problems: string[] } {
  const { decisions, problems } = parseAnnotationFile(json);
  return { decisions, problems };
}

/** Like `parseAnnotations`, with what a rewrite needs to lose nothing. */
export function parseAnnotationFile(json: string): ParsedAnnotationFile {
  const text = json.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { decisions: [], problems: [], malformed: false, preserved: NOTHING_PRESERVED };
  const parsed = parseJsonWithPosition(text);
  if ('error' in parsed) return malformed(parsed.error);
  const shape = collectionShape(parsed.value);
  if (typeof shape === 'string') return malformed(shape);

  const decisions: Decision[] = [];
  const problems: string[] = [];
  const unreadable: unknown[] = [];
  const rawById = new Map<string, JsonObject>();
  shape.items.forEach((item, index) => {
    const read = readDecision(item);
    let problem = typeof read === 'string' ? read : null;
    if (typeof read !== 'string' && rawById.has(read.id)) problem = `the id ${read.id} is used twice`;
    if (problem !== null || typeof read === 'string') {
      const id = isJsonObject(item) && typeof item['id'] === 'string' ? ` (${item['id']})` : '';
      problems.push(`annotation ${index + 1}${id}: ${problem}; kept in the file but not applied`);
      unreadable.push(item);
      return;
    }
    rememberRaw(read, item as JsonObject);
    rawById.set(read.id, item as JsonObject);
    decisions.push(read);
  });
  return {
    decisions,
    problems,
    malformed: false,
    preserved: { collection: shape.collection, page: shape.page, unreadable, rawById },
  };
}

function malformed(problem: string): ParsedAnnotationFile {
  return { decisions: [], problems: [problem], malformed: true, preserved: NOTHING_PRESERVED };
}

/** Finds the annotations: a collection with an embedded first page (what we write), a page, or a bare list. */
function collectionShape(
  value: unknown,
): { collection: JsonObject | null; page: JsonObject | null; items: unknown[] } | string {
  if (Array.isArray(value)) return { collection: null, page: null, items: value };
  if (!isJsonObject(value)) return 'not an AnnotationCollection (the file holds no JSON object)';
  if (hasType(value, 'AnnotationPage') || Array.isArray(value['items'])) {
    if (!Array.isArray(value['items'])) return 'the AnnotationPage has no "items" list';
    return { collection: null, page: value, items: value['items'] };
  }
  if (!hasType(value, 'AnnotationCollection')) return 'not an AnnotationCollection (no "type": "AnnotationCollection")';
  const first = value['first'];
  if (first === undefined) return { collection: value, page: null, items: [] };
  if (!isJsonObject(first) || !Array.isArray(first['items'])) {
    return 'the collection\'s "first" page is not embedded with an "items" list (paged collections are not supported)';
  }
  if (first['next'] !== undefined) return 'the collection has more than one page (paged collections are not supported)';
  return { collection: value, page: first, items: first['items'] };
}

/** One annotation as a decision, or why it cannot be one. */
function readDecision(item: unknown): Decision | string {
  if (!isJsonObject(item)) return 'not a JSON object';
  if (item['type'] !== undefined && !hasType(item, 'Annotation')) return 'its "type" is not "Annotation"';
  const id = item['id'];
  if (typeof id !== 'string' || id === '') return 'no "id"';

  const kind = readKind(item);
  if (typeof kind !== 'object') return kind;

  const targets = asList(item['target']);
  if (targets.length !== 1 || !isJsonObject(targets[0])) return 'needs exactly one target object';
  const target = targets[0];
  const source = target['source'];
  if (typeof source !== 'string' || source === '') return 'the target has no "source" path';
  const selectors = asList(target['selector']).filter(isJsonObject);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  if (!quote || typeof quote['exact'] !== 'string') return 'the target has no TextQuoteSelector with "exact"';
  const prefix = quote['prefix'] ?? '';
  const suffix = quote['suffix'] ?? '';
  if (typeof prefix !== 'string' || typeof suffix !== 'string') return 'the TextQuoteSelector\'s "prefix" and "suffix" must be strings';
  const exact = quote['exact'];

  let start = 0;
  let end = exact.length;
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  if (position) {
    const s = position['start'];
    const e = position['end'];
    if (!isOffset(s) || !isOffset(e) || s > e) {
      return 'the TextPositionSelector needs whole numbers "start" <= "end"';
    }
    start = s;
    end = e;
  }

  const created = item['created'] ?? '';
  if (typeof created !== 'string') return '"created" must be a timestamp string';
  const code = item[CODE_PROPERTY];
  if (code !== undefined && typeof code !== 'string') return `"${CODE_PROPERTY}" must be a string`;
  const value = textualBodyValue(item);

  const decision: Decision = {
    id,
    kind: kind.kind,
    path: normalizeAnnotationPath(source),
    exact,
    prefix,
    suffix,
    start,
    end,
    created,
  };
  if (code !== undefined) decision.code = code;
  switch (decision.kind) {
    case 'ignore':
      if (code === undefined) return `an 'ignore' decision needs "${CODE_PROPERTY}" (the finding it ignores)`;
      if (value !== undefined) decision.reason = value;
      break;
    case 'verified':
      if (value !== undefined) decision.reason = value;
      break;
    case 'published':
      if (value === undefined || !isIsoDate(value)) return "a 'published' decision needs a body whose value is a date YYYY-MM-DD";
      decision.date = value;
      break;
    case 'note':
      if (value !== undefined) decision.body = value;
      break;
  }
  return decision;
}

function readKind(item: JsonObject): { kind: DecisionKind } | string {
  const stated = item[KIND_PROPERTY];
  if (stated !== undefined) {
    if (typeof stated === 'string' && (DECISION_KINDS as readonly string[]).includes(stated)) {
      return { kind: stated as DecisionKind };
    }
    return `unknown "${KIND_PROPERTY}" ${JSON.stringify(stated)} (expected ${DECISION_KINDS.join(', ')})`;
  }
  for (const motivation of asList(item['motivation'])) {
    const kind = typeof motivation === 'string' ? kindOfMotivation(motivation) : undefined;
    if (kind) return { kind };
  }
  return `neither "${KIND_PROPERTY}" nor a motivation Corroborate uses (moderating, assessing, editing, commenting)`;
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** The annotation's text: `bodyValue`, or the value of its first TextualBody (a string body is an IRI, not text). */
function textualBodyValue(annotation: JsonObject): string | undefined {
  if (typeof annotation['bodyValue'] === 'string') return annotation['bodyValue'];
  const textual = asList(annotation['body']).find(isTextualBody);
  return textual ? (textual['value'] as string) : undefined;
}

export function isTextualBody(item: unknown): item is JsonObject {
  return isJsonObject(item) && typeof item['value'] === 'string' && (item['type'] === undefined || hasType(item, 'TextualBody'));
}
