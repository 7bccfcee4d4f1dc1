/**
 * Candidate links between facts (indexes into one list of facts), kept as columns: a
 * folder's first load makes about a million of them, which as objects would be some 60 MB
 * held at once; clustering takes them one connected component at a time (`cluster.ts`).
 */
import type { Relation } from '../compare/relation.js';

const RELATIONS: readonly Relation[] = ['agree', 'disagree', 'unrelated'];

export class LinkList {
  size = 0;
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private scores = new Float64Array(1024);
  private relations = new Uint8Array(1024);

  add(a: number, b: number, score: number, relation: Relation): void {
    if (this.size === this.a.length) this.grow();
    this.a[this.size] = a;
    this.b[this.size] = b;
    this.scores[this.size] = score;
    this.relations[this.size] = RELATIONS.indexOf(relation);
    this.size++;
  }

  aAt(k: number): number {
    return this.a[k]!;
  }

  bAt(k: number): number {
    return this.b[k]!;
  }

  scoreAt(k: number): number {
    return this.scores[k]!;
  }

  relationAt(k: number): Relation {
    return RELATIONS[this.relations[k]!]!;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    const scores = new Float64Array(size);
    const relations = new Uint8Array(size);
    a.set(this.a);
    b.set(this.b);
    scores.set(this.scores);
    relations.set(this.relations);
    [this.a, this.b, this.scores, this.relations] = [a, b, scores, relations];
  }
}
