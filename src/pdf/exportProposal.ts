/**
 * The one entry into the PDF code, loaded by `import()` when someone exports: it pulls in jsPDF,
 * svg2pdf, react-dom/server (for the charts) and the font files, none of which the first page needs.
 */
import { version } from '../../package.json';
import type { Analysis } from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';
import { chartSvgs } from './charts';
import { fontBase64, loadFallbackFont, loadFonts } from './fonts';
import type { ProposalLogo } from './logo';
import type { ProposalForm } from './model';
import { buildProposal } from './proposal';
import { renderProposal } from './render';

export interface ExportRequest {
  scenario: Scenario;
  result: SimulationResult;
  /** The analyses of the result (sensitivity, remedies), when they are in. */
  analysis?: Analysis | null | undefined;
  /** The same run without the scenario's drill log, when the log changed the model. */
  before?: SimulationResult | null;
  form: ProposalForm;
  logo?: ProposalLogo | null | undefined;
  /** yyyy-mm-dd */
  date: string;
}

export interface ExportedProposal {
  blob: Blob;
  fileName: string;
}

export async function exportProposal(request: ExportRequest): Promise<ExportedProposal> {
  const { scenario, result, analysis, form, logo, date } = request;
  const doc = buildProposal({
    scenario,
    result,
    analysis,
    before: request.before ?? null,
    form: { ...form, hasLogo: Boolean(logo) },
    date,
    appVersion: version,
  });
  const charts = await chartSvgs(scenario, result);
  const blob = await renderProposal(doc, {
    paper: form.paper,
    logo: logo ? { dataUrl: logo.dataUrl, type: logo.type } : undefined,
    charts,
  });
  return { blob, fileName: doc.fileName };
}

/**
 * Loads what an export needs (jsPDF, svg2pdf and the fonts, ready to embed) while the person fills in the
 * form, so the export itself only lays out the pages. `cjk`: also the CJK font, for a text that needs it.
 */
export async function preloadProposal(cjk = false): Promise<void> {
  const [, , fonts] = await Promise.all([import('jspdf'), import('svg2pdf.js'), loadFonts()]);
  fontBase64(fonts.regular);
  fontBase64(fonts.bold);
  fontBase64(fonts.mono);
  if (cjk) await loadFallbackFont();
}
