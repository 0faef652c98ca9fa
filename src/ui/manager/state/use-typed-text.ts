// A text field whose value drives a query as the reader types. While a
// Chinese input method is composing, the box holds pinyin ("dangjian") the
// reader has not chosen yet; querying for it would flash "no results" at
// every keystroke, so `typed` follows the box only outside a composition.
import { useRef, useState } from 'preact/hooks';

type InputEventOf = Event & { currentTarget: HTMLInputElement };

export interface TypedText {
  /** The box's text, as the reader last finished typing it (not mid-composition). */
  typed: string;
  /**
   * Call with the reader's text when handing it to the page other than through
   * `onTyped` (after a typing delay, on Enter), so that the page handing it
   * back as `outside` is known for the echo it is.
   */
  handOver: (typed: string) => void;
  /** Spread onto the <input>. */
  inputProps: {
    value: string;
    onInput: (event: InputEventOf) => void;
    onCompositionStart: () => void;
    onCompositionEnd: (event: InputEventOf) => void;
  };
}

/**
 * `outside` is the value the rest of the page holds; when it changes to
 * something other than what was typed (清除筛选, a formulation chosen in the
 * index), the box shows it instead. `sameValue` says when the two agree
 * (a field whose value is trimmed before use agrees with its untrimmed text).
 */
export function useTypedText(
  outside: string,
  sameValue: (outside: string, typed: string) => boolean = Object.is,
  onTyped?: (typed: string) => void,
): TypedText {
  const [text, setText] = useState(outside);
  const [typed, setTyped] = useState(outside);
  const composing = useRef(false);
  const lastTyped = useRef(outside);
  // The texts handed to the page, oldest first, that it has not handed back yet.
  const handedOver = useRef<string[]>([]);
  const settle = (value: string) => {
    lastTyped.current = value;
    setTyped(value);
  };
  const handOver = (value: string) => {
    handedOver.current.push(value);
  };
  // `onTyped` hears the reader's text in the keystroke's own event, so whoever
  // hands it back as `outside` does so in the same render. Told later (an
  // effect, after a paint), a keystroke could land in between; the stale text
  // handed back then looked like a change from outside, reset the box, and
  // the two echoed each other's text without end (the manager froze in
  // Firefox after '支部' was typed a character at a time).
  const typedByReader = (value: string) => {
    settle(value);
    if (!onTyped) return;
    handOver(value);
    onTyped(value);
  };
  // Adjusted during render, and only when `outside` itself changed: an effect
  // could run after the reader's first keystroke and undo it.
  //
  // A field that hands its text over after a pause (the 提法 field) cannot
  // avoid that in-between keystroke: '两' is handed over, '两个' is typed, then
  // '两' comes back. So `outside` is read as:
  // - the text the reader last typed: the page has caught up; nothing handed
  //   over before it can still come back (the page hands back in the order it
  //   was told), so the run of hand-overs is forgotten. This covers an earlier
  //   text that the reader typed again ('两' → '两个' → '两').
  // - a text handed over and not handed back yet: an echo, though the reader
  //   has typed on; the box keeps the newer text (and an IME's pinyin, if the
  //   echo comes mid-composition), which the field hands over in its turn.
  //   Hand-overs older than it are forgotten: the page is past them.
  // - anything else: a change from outside (清除筛选, a formulation chosen in
  //   the 提法索引), which the box shows, mid-composition or not. Only texts
  //   actually handed over count, not everything typed in the run: a box
  //   emptied and typed over faster than the delay typed '' but never handed
  //   it over, and 清除筛选 just after must still empty the box. The same
  //   formulation retyped right after 清除筛选 is handed over anew.
  const [seenOutside, setSeenOutside] = useState(outside);
  if (seenOutside !== outside) {
    setSeenOutside(outside);
    const echoed = handedOver.current.findIndex((value) => sameValue(outside, value));
    if (sameValue(outside, lastTyped.current)) {
      handedOver.current = [];
    } else if (echoed >= 0) {
      handedOver.current.splice(0, echoed + 1);
    } else {
      handedOver.current = [];
      setText(outside);
      settle(outside);
    }
  }

  return {
    typed,
    handOver,
    inputProps: {
      value: text,
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: (event) => {
        composing.current = false;
        typedByReader(event.currentTarget.value);
      },
      onInput: (event) => {
        setText(event.currentTarget.value);
        if (!composing.current && !(event as Event as InputEvent).isComposing) typedByReader(event.currentTarget.value);
      },
    },
  };
}
