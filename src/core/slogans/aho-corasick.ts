// Aho-Corasick multi-pattern search: the lexicon holds several hundred
// formulations and the content script scans every page a user opens, so the
// body is read once, in one pass, whatever the lexicon size. Characters the
// caller marks as skippable (the 、 and quotes a formulation may be written
// with or without) are read past without changing state, and matches are
// reported in the original text.
//
// The automaton is flat: typed arrays indexed by state, instead of an object
// and a Map per trie node. The lexicon's ~5,000 states then cost a handful of
// allocations to build, not ten thousand objects the engine's cold start
// would wait for and the collector would sweep. A state's transitions are its
// list of children, scanned: past the first character a formulation's trie is
// mostly a chain (one child), and the root, which has hundreds, is a table.

export interface PatternMatch {
  id: number;
  /** Start index (UTF-16 code units) in the searched text. */
  start: number;
  /** End index, exclusive. */
  end: number;
}

/** Characters of the Basic Multilingual Plane: the size of the root and skip tables. */
const BMP = 0x10000;
const NONE = -1;

export class AhoCorasick {
  /** Children of each state as a linked list (first child, next sibling) and the character into each: for the breadth-first pass. */
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly edge: Uint16Array;
  private readonly fail: Int32Array;
  /** The first pattern that ends at a state (NONE if none); further ones with the same text chain through `nextSameEnd`. */
  private readonly ownOutput: Int32Array;
  private readonly nextSameEnd: Int32Array;
  /** The nearest state along the failure links with an output of its own (0: none): the patterns that also end here. */
  private readonly outputLink: Int32Array;
  private readonly lengths: Int32Array;
  private states = 1;
  /**
   * The root's transitions as a flat table: most characters of a body start
   * nothing or only the first character of a pattern, so the hot path is one
   * array read instead of a Map lookup.
   */
  private readonly rootNext = new Int32Array(BMP);
  /** Bit set over the BMP (8 KB): characters read past without changing state. */
  private readonly skipped = new Uint32Array(BMP / 32);

  /** `skippable`: characters the patterns may be written with or without (、, quotes). */
  constructor(patterns: readonly string[], skippable: Iterable<string> = []) {
    let capacity = 1;
    for (const pattern of patterns) capacity += pattern.length;
    this.firstChild = new Int32Array(capacity).fill(NONE);
    this.nextSibling = new Int32Array(capacity).fill(NONE);
    this.edge = new Uint16Array(capacity);
    this.fail = new Int32Array(capacity);
    this.ownOutput = new Int32Array(capacity).fill(NONE);
    this.outputLink = new Int32Array(capacity);
    this.nextSameEnd = new Int32Array(patterns.length).fill(NONE);
    this.lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, id) => this.insert(pattern, id));
    this.linkFailures();
    for (const ch of skippable) {
      const code = ch.charCodeAt(0);
      this.skipped[code >>> 5]! |= 1 << (code & 31);
    }
  }

  private insert(pattern: string, id: number): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i += 1) {
      const code = pattern.charCodeAt(i);
      let target = this.child(state, code);
      if (target === 0) {
        target = this.states;
        this.states += 1;
        if (state === 0) this.rootNext[code] = target;
        this.edge[target] = code;
        this.nextSibling[target] = this.firstChild[state]!;
        this.firstChild[state] = target;
      }
      state = target;
    }
    this.lengths[id] = pattern.length;
    if (state === 0) return; // the empty pattern matches nowhere
    // Same text twice: ids stay in insertion order.
    if (this.ownOutput[state] === NONE) this.ownOutput[state] = id;
    else {
      let last = this.ownOutput[state]!;
      while (this.nextSameEnd[last] !== NONE) last = this.nextSameEnd[last]!;
      this.nextSameEnd[last] = id;
    }
  }

  /** The state reached from `state` by `code`, or 0. */
  private child(state: number, code: number): number {
    if (state === 0) return this.rootNext[code]!;
    for (let child = this.firstChild[state]!; child !== NONE; child = this.nextSibling[child]!) {
      if (this.edge[child] === code) return child;
    }
    return 0;
  }

  /** Breadth-first: a state's failure link is the longest proper suffix that is also a trie path. */
  private linkFailures(): void {
    const queue = new Int32Array(this.states);
    let tail = 0;
    for (let child = this.firstChild[0]!; child !== NONE; child = this.nextSibling[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head += 1) {
      const state = queue[head]!;
      for (let child = this.firstChild[state]!; child !== NONE; child = this.nextSibling[child]!) {
        const code = this.edge[child]!;
        let fallback = this.fail[state]!;
        let candidate = this.child(fallback, code);
        while (fallback !== 0 && candidate === 0) {
          fallback = this.fail[fallback]!;
          candidate = this.child(fallback, code);
        }
        const target = candidate !== child ? candidate : 0;
        this.fail[child] = target;
        this.outputLink[child] = this.ownOutput[target] !== NONE ? target : this.outputLink[target]!;
        queue[tail++] = child;
      }
    }
  }

  /** Every occurrence of every pattern, overlapping ones included (at each end, longest first). */
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
        const next = this.child(state, code);
        if (next !== 0) {
          state = next;
          break;
        }
        state = this.fail[state]!;
      }
      if (state === 0) {
        state = this.rootNext[code]!;
        if (state === 0) continue;
      }
      for (let at = this.ownOutput[state] !== NONE ? state : this.outputLink[state]!; at !== 0; at = this.outputLink[at]!) {
        for (let id = this.ownOutput[at]!; id !== NONE; id = this.nextSameEnd[id]!) {
          matches.push({ id, start: positions[read - this.lengths[id]!]!, end: i + 1 });
        }
      }
    }
    return matches;
  }
}
