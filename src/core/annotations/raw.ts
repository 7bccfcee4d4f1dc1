import type { Decision } from './types.js';

export type JsonObject = Record<string, unknown>;

/**
 * The annotation object each parsed decision was read from, so that properties this
 * version does not know (written by another tool or a newer Corroborate) are written
 * back. Held beside the decision rather than on it, so decisions stay plain data.
 */
const rawObjects = new WeakMap<Decision, JsonObject>();

export function rememberRaw(decision: Decision, raw: JsonObject): void {
  rawObjects.set(decision, raw);
}

export function rawOf(decision: Decision): JsonObject | undefined {
  return rawObjects.get(decision);
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON-LD value that may be one item or a list of them, as a list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether a JSON-LD `type` (a string or a list) includes `name`. */
export function hasType(value: JsonObject, name: string): boolean {
  return asList(value['type'] ?? value['@type']).includes(name);
}
