import { type ReactNode, useState } from 'react';

interface Props {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A <details> whose content is rendered when it is first opened, and kept from then on: a closed section
 * (long tables, the overrides form) costs the first screen nothing.
 */
export function LazyDetails({ summary, className, children }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
