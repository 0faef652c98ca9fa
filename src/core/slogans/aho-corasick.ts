// Aho-Corasick multi-pattern search: the lexicon holds several hundred
// formulations and the content script scans every page a user opens, so the
// body is read once, in one pass, whatever the lexicon size. The automaton is
// built once per module load. Characters the caller marks as skippable (the
// 、 and quotes a formulation may be written with or without) are read past
// without changing state, and matches are reported in the original text.

interface AutomatonNode {
  /** Transitions by UTF-16 code unit. */
  next: Map<number, number>;
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

/** Characters of the Basic Multilingual Plane: the size of the root and skip tables. */
const BMP = 0x10000;

export class AhoCorasick {
  private readonly nodes: AutomatonNode[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly lengths: number[] = [];
  /**
   * The root's transitions as a flat table: most characters of a body start
   * nothing or only the first character of a pattern, so the hot path is one
   * array read instead of a Map lookup.
   */
  private readonly rootNext: Uint16Array | Int32Array;
  /** Bit set over the BMP (8 KB): characters read past without changing state. */
  private readonly skipped = new Uint32Array(BMP / 32);

  /** `skippable`: characters the patterns may be written with or without (、, quotes). */
  constructor(patterns: readonly string[], skippable: Iterable<string> = []) {
    patterns.forEach((pattern, id) => this.insert(pattern, id));
    this.linkFailures();
    this.rootNext = this.nodes.length < 0xffff ? new Uint16Array(BMP) : new Int32Array(BMP);
    for (const [code, child] of this.nodes[0]!.next) this.rootNext[code] = child;
    for (const ch of skippable) {
      const code = ch.charCodeAt(0);
      this.skipped[code >>> 5]! |= 1 << (code & 31);
    }
  }

  private insert(pattern: string, id: number): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i += 1) {
      const code = pattern.charCodeAt(i);
      let target = this.nodes[state]!.next.get(code);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, outputs: [] });
        this.nodes[state]!.next.set(code, target);
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
      const node = this.nodes[queue[head]!]!;
      for (const [code, child] of node.next) {
        let fallback = node.fail;
        while (fallback !== 0 && !this.nodes[fallback]!.next.has(code)) fallback = this.nodes[fallback]!.fail;
        const candidate = this.nodes[fallback]!.next.get(code);
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
    // positions[k] = index in text of the k-th character read (skipped ones excluded).
    const positions = new Int32Array(text.length);
    let read = 0;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if ((this.skipped[code >>> 5]! >>> (code & 31)) & 1) continue;
      positions[read] = i;
      read += 1;
      while (state !== 0) {
        const next = this.nodes[state]!.next.get(code);
        if (next !== undefined) {
          state = next;
          break;
        }
        state = this.nodes[state]!.fail;
      }
      if (state === 0) {
        state = this.rootNext[code]!;
        if (state === 0) continue;
      }
      const outputs = this.nodes[state]!.outputs;
      for (let k = 0; k < outputs.length; k += 1) {
        const id = outputs[k]!;
        matches.push({ id, start: positions[read - this.lengths[id]!]!, end: i + 1 });
      }
    }
    return matches;
  }
}
