import { useEffect, useState } from 'react';

/**
 * false on a component's first render, true from a task of its own after that render is on screen: for
 * content that can wait for the first paint without making it one long task.
 */
export function useLater(): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLater(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return later;
}
