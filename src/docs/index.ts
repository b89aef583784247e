import { benchmarksDocument } from './benchmarks';
import { modelDocument } from './model';

/** The documents under docs/ that are written from code, by `npm run docs`, with what writes each. */
export const GENERATED_DOCS: readonly { path: string; render: () => string }[] = [
  { path: 'docs/model.md', render: modelDocument },
  { path: 'docs/benchmarks.md', render: benchmarksDocument },
];
