// A full-popup message for states without an analysis to show (analysing,
// cannot read, reload needed…). role="status" so screen readers announce it.
import type { ComponentChildren } from 'preact';

interface StateMessageProps {
  /** Drives the icon and colour: "busy" spins, "info" and "warning" don't. */
  tone: 'busy' | 'info' | 'warning';
  heading: string;
  children?: ComponentChildren;
  testId: string;
}

export function StateMessage({ tone, heading, children, testId }: StateMessageProps) {
  return (
    <section class={`state state--${tone}`} role="status" aria-live="polite" data-state={testId}>
      <span class="state__icon" aria-hidden="true" />
      <h2 class="state__heading">{heading}</h2>
      {children}
    </section>
  );
}
