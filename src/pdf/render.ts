/**
 * Lays a ProposalDocument out on PDF pages with jsPDF: embedded DejaVu Sans, wrapped text, tables with
 * repeated header rows, charts drawn as vectors by svg2pdf, and "Page n of N" with a footer on every page.
 * Units are PDF points (1/72 inch).
 */
import type { jsPDF } from 'jspdf';
import { loadFonts, PDF_FONT, registerBrowserFont, toBase64 } from './fonts';
import type {
  Block,
  ChartId,
  CoverBlock,
  KeyValue,
  PaperSize,
  ProposalDocument,
  Section,
  TableBlock,
} from './model';
import { applyFont, parseSvg, sanitizeSvg, svgSize } from './svgFont';

export interface RenderLogo {
  dataUrl: string;
  type: 'png' | 'svg';
}

export interface RenderOptions {
  paper: PaperSize;
  logo?: RenderLogo | undefined;
  /** The charts as SVG elements (see charts.ts); a missing chart leaves a note in its place. */
  charts: Partial<Record<ChartId, SVGSVGElement>>;
}

const COLOR = {
  text: '#16191f',
  muted: '#4a5361',
  accent: '#1d4ed8',
  rule: '#c9d0da',
  headerFill: '#e9edf3',
  highlightFill: '#e5edff',
  box: '#4a5361',
};

const SIZE = {
  body: 9.5,
  small: 8.5,
  caption: 8.5,
  table: 8.5,
  subheading: 12,
  heading: 18,
  footer: 8,
};

/** Line height as a multiple of the font size. */
const LEADING = 1.33;

const MARGIN = { left: 56, right: 56, top: 52, bottom: 60 };

/** Position of the first baseline below `top` for a given size (DejaVu's ascent is about 0.76 em). */
const ascent = (size: number) => size * 0.78;

type Weight = 'normal' | 'bold';

class Layout {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left = MARGIN.left;
  readonly right: number;
  readonly top = MARGIN.top;
  readonly bottom: number;
  readonly width: number;
  y: number;

  constructor(
    readonly pdf: jsPDF,
    readonly options: RenderOptions,
  ) {
    this.pageWidth = pdf.internal.pageSize.getWidth();
    this.pageHeight = pdf.internal.pageSize.getHeight();
    this.right = this.pageWidth - MARGIN.right;
    this.bottom = this.pageHeight - MARGIN.bottom;
    this.width = this.right - this.left;
    this.y = this.top;
  }

  // ----- text primitives

  font(size: number, weight: Weight = 'normal', color = COLOR.text): void {
    this.pdf.setFont(PDF_FONT, weight);
    this.pdf.setFontSize(size);
    this.pdf.setTextColor(color);
  }

  /** Wraps text to a width in the given font; `\n` starts a new line. */
  wrap(text: string, width: number, size: number, weight: Weight = 'normal'): string[] {
    this.font(size, weight);
    const out: string[] = [];
    for (const part of keepUnits(text).split('\n')) {
      if (part.trim() === '') {
        out.push('');
        continue;
      }
      out.push(...(this.pdf.splitTextToSize(part, width) as string[]));
    }
    return out;
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  /** Draws one line with its top at `top`. */
  line(text: string, x: number, top: number, size: number, weight: Weight = 'normal', color = COLOR.text) {
    this.font(size, weight, color);
    this.pdf.text(text, x, top + ascent(size));
  }

  // ----- pages

  newPage(): void {
    this.pdf.addPage();
    this.y = this.top;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }

  // ----- blocks

  /** Lines of text that may break across pages, at `x` (indent) with `width`. */
  textLines(lines: string[], size: number, weight: Weight, color: string, x = this.left): void {
    const lh = this.lineHeight(size);
    for (const text of lines) {
      this.ensure(lh);
      if (text !== '') this.line(text, x, this.y, size, weight, color);
      this.y += lh;
    }
  }

  paragraph(text: string, tone: 'normal' | 'muted' | 'strong' = 'normal'): void {
    const size = tone === 'muted' ? SIZE.small : SIZE.body;
    const weight: Weight = tone === 'strong' ? 'bold' : 'normal';
    const color = tone === 'muted' ? COLOR.muted : COLOR.text;
    const lines = this.wrap(text, this.width, size, weight);
    // Keep at least two lines together at the foot of a page; a short bold line is a label and keeps
    // two lines of what follows with it.
    const label = tone === 'strong' && lines.length <= 2;
    this.ensure(this.lineHeight(size) * (label ? lines.length + 2 : Math.min(2, lines.length)));
    this.textLines(lines, size, weight, color);
    this.y += 6;
  }

  subheading(text: string): void {
    const lines = this.wrap(text, this.width, SIZE.subheading, 'bold');
    const height = lines.length * this.lineHeight(SIZE.subheading);
    // A heading never ends a page: keep room for it and three lines after it.
    this.ensure(height + 8 + 3 * this.lineHeight(SIZE.body));
    if (!this.atTop) this.y += 8;
    this.textLines(lines, SIZE.subheading, 'bold', COLOR.text);
    this.y += 3;
  }

  sectionHeading(text: string): void {
    if (!this.atTop) this.newPage();
    const lines = this.wrap(text, this.width, SIZE.heading, 'bold');
    this.textLines(lines, SIZE.heading, 'bold', COLOR.accent);
    this.y += 2;
    this.pdf.setDrawColor(COLOR.accent);
    this.pdf.setLineWidth(1.2);
    this.pdf.line(this.left, this.y, this.right, this.y);
    this.y += 14;
  }

  list(items: string[], marker: (index: number) => string, indent = 16): void {
    const lh = this.lineHeight(SIZE.body);
    items.forEach((item, index) => {
      const lines = this.wrap(item, this.width - indent, SIZE.body);
      this.ensure(lh * Math.min(2, lines.length));
      this.line(marker(index), this.left + 2, this.y, SIZE.body, 'normal', COLOR.muted);
      this.textLines(lines, SIZE.body, 'normal', COLOR.text, this.left + indent);
      this.y += 3;
    });
    this.y += 4;
  }

  checklist(items: string[]): void {
    const lh = this.lineHeight(SIZE.body);
    const indent = 20;
    const box = 8.5;
    for (const item of items) {
      const lines = this.wrap(item, this.width - indent, SIZE.body);
      this.ensure(lh * Math.min(2, lines.length));
      this.pdf.setDrawColor(COLOR.box);
      this.pdf.setLineWidth(0.8);
      this.pdf.rect(this.left + 1, this.y + (lh - box) / 2 - 0.5, box, box, 'S');
      this.textLines(lines, SIZE.body, 'normal', COLOR.text, this.left + indent);
      this.y += 5;
    }
    this.y += 4;
  }

  keyValue(items: KeyValue[], keyShare = 0.36): void {
    const lh = this.lineHeight(SIZE.body);
    const gap = 10;
    const keyWidth = this.width * keyShare;
    const valueWidth = this.width - keyWidth - gap;
    for (const { key, value } of items) {
      const keys = this.wrap(key, keyWidth, SIZE.body, 'bold');
      const values = this.wrap(value, valueWidth, SIZE.body);
      const height = Math.max(keys.length, values.length) * lh;
      this.ensure(height + 4);
      const top = this.y;
      keys.forEach((text, i) => this.line(text, this.left, top + i * lh, SIZE.body, 'bold', COLOR.muted));
      values.forEach((text, i) => this.line(text, this.left + keyWidth + gap, top + i * lh, SIZE.body));
      this.y = top + height + 1.5;
      this.pdf.setDrawColor(COLOR.rule);
      this.pdf.setLineWidth(0.4);
      this.pdf.line(this.left, this.y, this.right, this.y);
      this.y += 2.5;
    }
    this.y += 6;
  }

  table(t: TableBlock): void {
    const size = SIZE.table;
    const lh = this.lineHeight(size);
    const pad = 4;
    const total = t.widths.reduce((s, w) => s + w, 0);
    const widths = t.header.map((_, i) => ((t.widths[i] ?? 1) / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const cell = (text: string, col: number, weight: Weight) =>
      this.wrap(text, Math.max(10, widths[col]! - 2 * pad), size, weight);
    const header = t.header.map((h, c) => cell(h, c, 'bold'));
    const headerHeight = Math.max(...header.map((l) => l.length)) * lh + 2 * pad;
    const captionLines = t.caption ? this.wrap(t.caption, this.width, SIZE.caption) : [];
    const captionHeight = captionLines.length * this.lineHeight(SIZE.caption);

    const drawRow = (cells: string[][], height: number, weight: Weight, fill?: string) => {
      const top = this.y;
      this.pdf.setLineWidth(0.5);
      this.pdf.setDrawColor(COLOR.rule);
      cells.forEach((lines, c) => {
        if (fill) {
          this.pdf.setFillColor(fill);
          this.pdf.rect(xs[c]!, top, widths[c]!, height, 'FD');
        } else {
          this.pdf.rect(xs[c]!, top, widths[c]!, height, 'S');
        }
        lines.forEach((text, i) => {
          if (text !== '') this.line(text, xs[c]! + pad, top + pad + i * lh, size, weight);
        });
      });
      this.y = top + height;
    };
    const drawHeader = () => drawRow(header, headerHeight, 'bold', COLOR.headerFill);

    const rows = t.rows.map((row) => row.map((text, c) => cell(text, c, 'normal')));
    const firstHeight = rows[0] ? Math.max(...rows[0].map((l) => l.length)) * lh + 2 * pad : 0;
    this.ensure(captionHeight + headerHeight + firstHeight + 4);
    if (captionLines.length > 0) {
      this.textLines(captionLines, SIZE.caption, 'normal', COLOR.muted);
      this.y += 3;
    }
    drawHeader();

    rows.forEach((cells, r) => {
      const fill = r === t.highlightRow ? COLOR.highlightFill : undefined;
      let remaining = cells;
      while (remaining.some((lines) => lines.length > 0)) {
        const needed = Math.max(...remaining.map((l) => l.length));
        const fits = Math.floor((this.bottom - this.y - 2 * pad) / lh);
        if (fits < Math.min(needed, 2)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(needed, fits);
        drawRow(
          remaining.map((lines) => lines.slice(0, take)),
          take * lh + 2 * pad,
          'normal',
          fill,
        );
        remaining = remaining.map((lines) => lines.slice(take));
        if (remaining.some((lines) => lines.length > 0)) {
          this.newPage();
          drawHeader();
        }
      }
    });
    this.y += 10;
  }

  async chart(chart: ChartId, title: string, caption: string): Promise<void> {
    const svg = this.options.charts[chart];
    const captionLines = this.wrap(caption, this.width, SIZE.caption);
    const captionHeight = captionLines.length * this.lineHeight(SIZE.caption);
    const titleHeight = this.lineHeight(SIZE.body) + 4;
    if (!svg) {
      this.subheading(title);
      this.paragraph(`This chart could not be drawn. ${caption}`, 'muted');
      return;
    }
    const size = svgSize(svg);
    // Two charts with their captions fit on one page.
    const maxHeight = (this.bottom - this.top) * 0.36;
    let width = this.width;
    let height = (width * size.height) / size.width;
    if (height > maxHeight) {
      height = maxHeight;
      width = (height * size.width) / size.height;
    }
    this.ensure(titleHeight + height + 8 + captionHeight + 12);
    this.line(title, this.left, this.y, SIZE.body, 'bold');
    this.y += titleHeight;
    const x = this.left + (this.width - width) / 2;
    this.svgDefaults();
    await this.pdf.svg(svg, { x, y: this.y, width, height });
    this.y += height + 8;
    this.textLines(captionLines, SIZE.caption, 'normal', COLOR.muted);
    this.y += 18;
  }

  /**
   * svg2pdf changes the font, weight and colour only where an element differs from its parent, so it
   * must start from the state it assumes: regular weight, black, 16 units.
   */
  svgDefaults(): void {
    this.pdf.setFont(PDF_FONT, 'normal');
    this.pdf.setTextColor('#000000');
    this.pdf.setFontSize(16);
  }

  // ----- cover

  /**
   * The logo, at most `maxWidth` × `maxHeight`; its height. The file was checked when it was chosen
   * (logo.ts); should the PDF writer still fail on it, the message is for people, not the library's.
   */
  async logo(logo: RenderLogo, maxWidth: number, maxHeight: number): Promise<number> {
    try {
      return await this.drawLogo(logo, maxWidth, maxHeight);
    } catch {
      throw new Error(
        'the logo could not be drawn into the PDF. Remove it, or choose another PNG or SVG file.',
      );
    }
  }

  private async drawLogo(logo: RenderLogo, maxWidth: number, maxHeight: number): Promise<number> {
    if (logo.type === 'png') {
      const props = this.pdf.getImageProperties(logo.dataUrl);
      const scale = Math.min(maxWidth / props.width, maxHeight / props.height);
      const w = props.width * scale;
      const h = props.height * scale;
      this.pdf.addImage(logo.dataUrl, 'PNG', this.left, this.y, w, h);
      return h;
    }
    const comma = logo.dataUrl.indexOf(',');
    const head = logo.dataUrl.slice(0, comma);
    const body = logo.dataUrl.slice(comma + 1);
    const text = head.endsWith(';base64')
      ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
      : decodeURIComponent(body);
    const svg = parseSvg(text);
    if (!svg) return 0;
    sanitizeSvg(svg);
    applyFont(svg, PDF_FONT);
    const size = svgSize(svg);
    const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
    const w = size.width * scale;
    const h = size.height * scale;
    this.svgDefaults();
    await this.pdf.svg(svg, {
      x: this.left,
      y: this.y,
      width: w,
      height: h,
      loadExternalStyleSheets: false,
      loadImages: false,
    });
    return h;
  }

  async cover(block: CoverBlock): Promise<void> {
    if (block.logo && this.options.logo) {
      const height = await this.logo(this.options.logo, 180, 72);
      this.y += height;
    }
    this.y = Math.max(this.y + 24, this.pageHeight * 0.24);
    this.pdf.setFillColor(COLOR.accent);
    this.pdf.rect(this.left, this.y, 56, 5, 'F');
    this.y += 22;
    this.textLines(this.wrap(block.title, this.width, 28, 'bold'), 28, 'bold', COLOR.text);
    this.y += 4;
    this.textLines(this.wrap(block.subtitle, this.width, 16), 16, 'normal', COLOR.text);
    this.y += 24;
    const people: KeyValue[] = [];
    if (block.preparedBy) people.push({ key: 'Prepared by', value: block.preparedBy });
    if (block.company) people.push({ key: 'Company', value: block.company });
    people.push({ key: 'Date', value: block.date });
    this.keyValue([...people, ...block.facts], 0.3);
    if (block.note) {
      this.subheading('Note');
      this.textLines(this.wrap(block.note, this.width, SIZE.body), SIZE.body, 'normal', COLOR.text);
    }
  }

  // ----- document

  async block(block: Block): Promise<void> {
    switch (block.kind) {
      case 'cover':
        return this.cover(block);
      case 'paragraph':
        return this.paragraph(block.text, block.tone);
      case 'subheading':
        return this.subheading(block.text);
      case 'bullets':
        return this.list(block.items, (i) => (block.ordered ? `${i + 1}.` : '•'));
      case 'checklist':
        return this.checklist(block.items);
      case 'keyValue':
        return this.keyValue(block.items);
      case 'table':
        return this.table(block);
      case 'chart':
        return this.chart(block.chart, block.title, block.caption);
      case 'pageBreak':
        if (!this.atTop) this.newPage();
        return;
    }
  }

  async section(section: Section, first: boolean): Promise<void> {
    if (section.id !== 'cover') this.sectionHeading(section.heading);
    else if (!first) this.newPage();
    for (const block of section.blocks) await this.block(block);
  }

  /** "client · HA Planner proposal · date" and "Page n of N" on every page. */
  footers(doc: ProposalDocument): void {
    const pages = this.pdf.getNumberOfPages();
    const y = this.pageHeight - MARGIN.bottom + 26;
    for (let page = 1; page <= pages; page++) {
      this.pdf.setPage(page);
      this.pdf.setDrawColor(COLOR.rule);
      this.pdf.setLineWidth(0.5);
      this.pdf.line(this.left, y - 8, this.right, y - 8);
      const number = `Page ${page} of ${pages}`;
      this.font(SIZE.footer, 'normal', COLOR.muted);
      const numberWidth = this.pdf.getTextWidth(number);
      this.pdf.text(number, this.right - numberWidth, y + ascent(SIZE.footer));
      const room = this.width - numberWidth - 16;
      const tail = ` · HA Planner proposal · ${doc.date}`;
      this.pdf.text(
        fitText(this.pdf, doc.client, room - this.pdf.getTextWidth(tail)) + tail,
        this.left,
        y + ascent(SIZE.footer),
      );
    }
  }
}

/**
 * A number and its unit stay on one line: "109 s", "2.5 min", "3 years" get a no-break space (jsPDF
 * wraps at ordinary spaces only).
 */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (?=(s|ms|min|h|days?|years?|MB|kB|x)\b)/g, '$1\u00a0');
}

/** The text, cut with an ellipsis when wider than `width` in the current font. */
function fitText(pdf: jsPDF, text: string, width: number): string {
  if (pdf.getTextWidth(text) <= width) return text;
  let end = text.length;
  while (end > 1 && pdf.getTextWidth(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

export async function renderProposal(doc: ProposalDocument, options: RenderOptions): Promise<Blob> {
  const [{ jsPDF }, fonts] = await Promise.all([import('jspdf'), loadFonts(), import('svg2pdf.js')]);
  await registerBrowserFont(fonts);
  const pdf = new jsPDF({
    unit: 'pt',
    format: options.paper,
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  pdf.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
  pdf.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
  pdf.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold');
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setProperties({
    title: `${doc.title}: ${doc.client}`,
    subject: 'High-availability architecture proposal',
    creator: 'HA Planner',
  });
  pdf.setLanguage('en');

  const layout = new Layout(pdf, options);
  let first = true;
  for (const section of doc.sections) {
    await layout.section(section, first);
    first = false;
  }
  layout.footers(doc);
  return pdf.output('blob');
}
