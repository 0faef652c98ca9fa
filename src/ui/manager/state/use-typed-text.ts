// A text field whose value drives a query as the reader types. While a
// Chinese input method is composing, the box holds pinyin ("dangjian") the
// reader has not chosen yet; querying for it would flash "no results" at
// every keystroke, so `typed` follows the box only outside a composition.
import { useRef, useState } from 'preact/hooks';

type InputEventOf = Event & { currentTarget: HTMLInputElement };

export interface TypedText {
  /** The box's text, as the reader last finished typing it (not mid-composition). */
  typed: string;
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
  const settle = (value: string) => {
    lastTyped.current = value;
    setTyped(value);
  };
  // `onTyped` hears the reader's text in the keystroke's own event, so whoever
  // hands it back as `outside` does so in the same render. Told later (an
  // effect, after a paint), a keystroke could land in between; the stale text
  // handed back then looked like a change from outside, reset the box, and
  // the two echoed each other's text without end (the manager froze in
  // Firefox after '支部' was typed a character at a time).
  const typedByReader = (value: string) => {
    settle(value);
    onTyped?.(value);
  };
  // Adjusted during render, and only when `outside` itself changed: an effect
  // could run after the reader's first keystroke and undo it.
  const [seenOutside, setSeenOutside] = useState(outside);
  if (seenOutside !== outside) {
    setSeenOutside(outside);
    if (!sameValue(outside, lastTyped.current)) {
      setText(outside);
      settle(outside);
    }
  }

  return {
    typed,
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
