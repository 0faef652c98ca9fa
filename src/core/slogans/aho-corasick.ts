// Aho-Corasick multi-pattern search: the lexicon holds several hundred
// formulations and the content script scans every page a user opens, so the
// body is read once, in one pass, whatever the lexicon size. The automaton is
// built once per module load.

interface AutomatonNode {
  next: Map<string, number>;
  fail: number;
  /** Ids of patterns that end at this node (own and inherited through fail links). */
  outputs: number[];
}

export interface PatternMatch {
  id: number;
  /** Start index (UTF-16 code units) in the searched text. */
  start: number;
  /** End index, exclusive. */
  end: number;
}

export class AhoCorasick {
  private readonly nodes: AutomatonNode[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((pattern, id) => this.insert(pattern, id));
    this.linkFailures();
  }

  private insert(pattern: string, id: number): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i += 1) {
      const ch = pattern[i] as string;
      let target = this.nodes[state]!.next.get(ch);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, outputs: [] });
        this.nodes[state]!.next.set(ch, target);
      }
      state = target;
    }
    this.nodes[state]!.outputs.push(id);
    this.lengths[id] = pattern.length;
  }

  /** Breadth-first: a node's failure link is the longest proper suffix that is also a trie path. */
  private linkFailures(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      const node = this.nodes[state]!;
      for (const [ch, child] of node.next) {
        let fallback = node.fail;
        while (fallback !== 0 && !this.nodes[fallback]!.next.has(ch)) fallback = this.nodes[fallback]!.fail;
        const candidate = this.nodes[fallback]!.next.get(ch);
        const childNode = this.nodes[child]!;
        childNode.fail = candidate !== undefined && candidate !== child ? candidate : 0;
        childNode.outputs.push(...this.nodes[childNode.fail]!.outputs);
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every pattern, overlapping ones included. */
  findAll(text: string): PatternMatch[] {
    const matches: PatternMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i] as string;
      while (state !== 0 && !this.nodes[state]!.next.has(ch)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(ch) ?? 0;
      for (const id of this.nodes[state]!.outputs) {
        matches.push({ id, start: i + 1 - this.lengths[id]!, end: i + 1 });
      }
    }
    return matches;
  }
}
