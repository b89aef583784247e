import type { Scenario, SimulationResult } from '../../models/types';
import type { ChartTheme } from './theme';

/** What every chart component takes. */
export interface ChartProps {
  result: SimulationResult;
  scenario: Scenario;
  /** 'auto' (default) follows the page's light or dark mode; 'light' is fixed and self-contained. */
  theme?: ChartTheme;
}
