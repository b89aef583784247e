/**
 * Lays a ProposalDocument out on PDF pages with jsPDF, as a typeset document: embedded DejaVu fonts (and,
 * when the text needs it, a CJK font cut down to the characters used), headings kept with what follows,
 * no paragraph line or table row alone at the foot or head of a page, tables with repeated headers, charts
 * drawn as vectors by svg2pdf, a table of contents with page numbers, bookmarks for every section and
 * heading, live links (web addresses, source ids, contents), and a footer with "Page n of N" on every page.
 * Units are PDF points (1/72 inch).
 */
import type { jsPDF } from 'jspdf';
import {
  loadFallbackFont,
  loadFonts,
  PDF_FALLBACK_FONT,
  PDF_FONT,
  PDF_MONO_FONT,
  fontBase64,
  registerBrowserFont,
  toBase64,
} from './fonts';
import type {
  Block,
  ChartId,
  KeyValue,
  MastheadBlock,
  PaperSize,
  ProposalDocument,
  RunbookStepBlock,
  Section,
  SectionId,
  TableBlock,
  TimelinePhase,
} from './model';
import { blockText } from './proposal';
import { formatWeek } from '../format';
import { needsFallback, runs, type FontFace, type Style } from './scripts';
import { applyFont, parseSvg, sanitizeSvg, svgSize } from './svgFont';
import { wrapText, type Line } from './textLayout';
import { parseFont, subsetFont } from './ttf';

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
  link: '#1d4ed8',
  rule: '#c9d0da',
  headerFill: '#e9edf3',
  highlightFill: '#e5edff',
  box: '#4a5361',
  codeFill: '#f2f4f7',
  positive: '#15803d',
  positiveFill: '#ecfdf3',
  caution: '#b45309',
  cautionFill: '#fff7ed',
  bar: '#93b4f5',
};

const SIZE = {
  body: 9.5,
  small: 8.5,
  caption: 8.5,
  table: 8.5,
  code: 8,
  subheading: 11.5,
  section: 14,
  heading: 18,
  footer: 8,
};

/** Line height as a multiple of the font size. */
const LEADING = 1.33;

const MARGIN = { left: 56, right: 56, top: 52, bottom: 60 };

/** Position of the first baseline below `top` for a given size (DejaVu's ascent is about 0.76 em). */
const ascent = (size: number) => size * 0.78;

const FACE_FONT: Record<FontFace, [string, 'normal' | 'bold']> = {
  regular: [PDF_FONT, 'normal'],
  bold: [PDF_FONT, 'bold'],
  mono: [PDF_MONO_FONT, 'normal'],
  fallback: [PDF_FALLBACK_FONT, 'normal'],
};

/** What stands in for a character no font draws (DejaVu has it): visible, never silent. */
const REPLACEMENT = '\ufffd';

interface Heading {
  section: SectionId;
  title: string;
  page: number;
  y: number;
  level: 0 | 1;
  /** Sections that are not chapters are indented in the contents. */
  chapter: boolean;
  appendix: boolean;
}

interface PendingLink {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  section: SectionId;
}

class Layout {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left = MARGIN.left;
  readonly right: number;
  readonly top = MARGIN.top;
  readonly bottom: number;
  readonly width: number;
  y: number;
  readonly headings: Heading[] = [];
  readonly links: PendingLink[] = [];
  contentsAt: { page: number; y: number } | null = null;
  private section: Section | null = null;
  private readonly widths = new Map<FontFace, Map<string, number>>();
  private current: { face: FontFace; size: number } | null = null;

  constructor(
    readonly pdf: jsPDF,
    readonly doc: ProposalDocument,
    readonly options: RenderOptions,
    readonly hasFallback: boolean,
  ) {
    this.pageWidth = pdf.internal.pageSize.getWidth();
    this.pageHeight = pdf.internal.pageSize.getHeight();
    this.right = this.pageWidth - MARGIN.right;
    this.bottom = this.pageHeight - MARGIN.bottom;
    this.width = this.right - this.left;
    this.y = this.top;
  }

  get page(): number {
    return this.pdf.getCurrentPageInfo().pageNumber;
  }

  // ----- text primitives

  private face(face: FontFace, size: number): void {
    if (this.current?.face === face && this.current.size === size) return;
    const [family, weight] = FACE_FONT[face];
    this.pdf.setFont(family, weight);
    this.pdf.setFontSize(size);
    this.current = { face, size };
  }

  /** The face a run is drawn in, and its text (characters no font has become the replacement mark). */
  private drawable(face: FontFace | null, text: string): [FontFace, string] {
    if (face === null) return ['regular', REPLACEMENT.repeat([...text].length)];
    if (face === 'fallback' && !this.hasFallback) return ['regular', REPLACEMENT.repeat([...text].length)];
    return [face, text];
  }

  /** Width of one run in points, from cached per-character widths. */
  private runWidth(face: FontFace, text: string, size: number): number {
    let cache = this.widths.get(face);
    if (!cache) {
      cache = new Map();
      this.widths.set(face, cache);
    }
    let units = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        this.face(face, size);
        w = this.pdf.getStringUnitWidth(ch);
        cache.set(ch, w);
      }
      units += w;
    }
    return units * size;
  }

  measure(text: string, size: number, style: Style = 'regular'): number {
    let width = 0;
    for (const run of runs(text, style)) {
      const [face, shown] = this.drawable(run.face, run.text);
      width += this.runWidth(face, shown, size);
    }
    return width;
  }

  private readonly wrapped = new Map<string, Line[]>();

  /** Lines of a text at a width, worked out once (the keep rules ask for the same lines again). */
  wrap(text: string, width: number, size: number, style: Style = 'regular'): Line[] {
    const key = `${size}|${style}|${width.toFixed(2)}|${text}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      lines = wrapText(keepUnits(text), width, (t) => this.measure(t, size, style));
      this.wrapped.set(key, lines);
    }
    return lines;
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  /** Draws text with its top at `top`, font run by font run; web addresses in it become live links. */
  draw(
    line: Line | string,
    x: number,
    top: number,
    size: number,
    style: Style = 'regular',
    color = COLOR.text,
  ): number {
    const l: Line = typeof line === 'string' ? { text: line, links: [] } : line;
    const baseline = top + ascent(size);
    let cursor = x;
    let at = 0;
    const segments: { text: string; url?: string }[] = [];
    for (const link of l.links) {
      if (link.start > at) segments.push({ text: l.text.slice(at, link.start) });
      segments.push({ text: l.text.slice(link.start, link.end), url: link.url });
      at = link.end;
    }
    if (at < l.text.length) segments.push({ text: l.text.slice(at) });
    for (const segment of segments) {
      const start = cursor;
      for (const run of runs(segment.text, style)) {
        const [face, shown] = this.drawable(run.face, run.text);
        this.face(face, size);
        this.pdf.setTextColor(segment.url ? COLOR.link : color);
        this.pdf.text(shown, cursor, baseline);
        cursor += this.runWidth(face, shown, size);
      }
      if (segment.url) this.pdf.link(start, top, cursor - start, size * 1.1, { url: segment.url });
    }
    return cursor - x;
  }

  // ----- pages

  newPage(): void {
    this.pdf.addPage();
    this.current = null;
    this.y = this.top;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  get room(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }

  // ----- heights, for keeping a heading with what follows

  /** The least height a block needs at the foot of a page before it may break (or all of it). */
  minHeight(block: Block | undefined): number {
    if (!block) return 0;
    const lh = this.lineHeight(SIZE.body);
    switch (block.kind) {
      case 'paragraph': {
        const n = this.wrap(block.text, this.width, block.tone === 'muted' ? SIZE.small : SIZE.body).length;
        return (n <= 3 ? n : 2) * lh + 6;
      }
      case 'bullets':
      case 'checklist': {
        const n = this.wrap(block.items[0] ?? '', this.width - 20, SIZE.body).length;
        return Math.min(n, n <= 3 ? n : 2) * lh + 4;
      }
      case 'keyValue':
        return this.keyValueRow(block.items[0]!, 0.36).height + 4;
      case 'table': {
        const t = this.tablePlan(block);
        return t.captionHeight + t.headerHeight + t.rowHeights.slice(0, 2).reduce((s, h) => s + h, 0) + 4;
      }
      case 'steps':
        return this.stepHeight(block.steps[0]!);
      case 'callout':
        return this.calloutHeight(block.title, block.lines);
      case 'timeline':
        return this.timelineHeight(block.phases, block.milestones, block.caption);
      case 'signoff':
        return this.signoffHeight();
      case 'chart':
        return this.chartHeight(block.chart, block.caption);
      case 'subheading':
        return this.subheadingHeight(block.text);
      default:
        return 0;
    }
  }

  // ----- headings

  private record(title: string, level: 0 | 1): void {
    const s = this.section!;
    this.headings.push({
      section: s.id,
      title,
      page: this.page,
      y: this.y,
      level,
      chapter: s.chapter !== false,
      appendix: s.appendix === true,
    });
  }

  subheadingHeight(text: string): number {
    return (
      this.wrap(text, this.width, SIZE.subheading, 'bold').length * this.lineHeight(SIZE.subheading) + 11
    );
  }

  subheading(text: string, next: Block | undefined): void {
    // A heading never ends a page: keep it with the start of what follows.
    this.ensure(this.subheadingHeight(text) + this.minHeight(next));
    if (!this.atTop) this.y += 8;
    this.record(text, 1);
    for (const line of this.wrap(text, this.width, SIZE.subheading, 'bold')) {
      this.draw(line, this.left, this.y, SIZE.subheading, 'bold');
      this.y += this.lineHeight(SIZE.subheading);
    }
    this.y += 3;
  }

  sectionHeading(section: Section, next: Block | undefined): void {
    const chapter = section.chapter !== false;
    const size = chapter ? SIZE.heading : SIZE.section;
    const lines = this.wrap(section.heading, this.width, size, 'bold');
    const height = lines.length * this.lineHeight(size) + 18;
    if (chapter && section.newPage !== false) {
      if (!this.atTop) this.newPage();
    } else {
      this.ensure(height + 14 + this.minHeight(next));
      if (!this.atTop) this.y += 14;
    }
    this.record(section.heading, 0);
    for (const line of lines) {
      this.draw(line, this.left, this.y, size, 'bold', COLOR.accent);
      this.y += this.lineHeight(size);
    }
    this.y += 2;
    this.pdf.setDrawColor(COLOR.accent);
    this.pdf.setLineWidth(chapter ? 1.2 : 0.6);
    this.pdf.line(this.left, this.y, this.right, this.y);
    this.y += 14;
  }

  // ----- running text

  /**
   * Lines that may break across pages, never leaving one line alone: a block of three lines or fewer moves
   * whole; a longer one leaves at least two at the foot and takes at least two to the next page.
   */
  flow(lines: Line[], size: number, style: Style, color: string, x = this.left): void {
    const lh = this.lineHeight(size);
    let rest = lines;
    while (rest.length > 0) {
      const fits = Math.floor((this.room + 0.5) / lh);
      let take = rest.length;
      if (fits < rest.length) {
        take = rest.length <= 3 ? 0 : Math.min(fits, rest.length - 2);
        if (take < 2) take = 0;
        if (take === 0 && this.atTop) take = Math.max(1, fits);
      }
      if (take === 0) {
        this.newPage();
        continue;
      }
      for (const line of rest.slice(0, take)) {
        if (line.text !== '') this.draw(line, x, this.y, size, style, color);
        this.y += lh;
      }
      rest = rest.slice(take);
      if (rest.length > 0) this.newPage();
    }
  }

  paragraph(text: string, tone: 'normal' | 'muted' | 'strong' = 'normal'): void {
    const size = tone === 'muted' ? SIZE.small : SIZE.body;
    const style: Style = tone === 'strong' ? 'bold' : 'regular';
    this.flow(
      this.wrap(text, this.width, size, style),
      size,
      style,
      tone === 'muted' ? COLOR.muted : COLOR.text,
    );
    this.y += 6;
  }

  list(items: string[], marker: (index: number) => string, indent = 16): void {
    const lh = this.lineHeight(SIZE.body);
    items.forEach((item, index) => {
      const lines = this.wrap(item, this.width - indent, SIZE.body);
      this.ensure(lh * Math.min(lines.length, lines.length <= 3 ? lines.length : 2));
      this.draw(marker(index), this.left + 2, this.y, SIZE.body, 'regular', COLOR.muted);
      this.flow(lines, SIZE.body, 'regular', COLOR.text, this.left + indent);
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
      this.ensure(lh * Math.min(lines.length, lines.length <= 3 ? lines.length : 2));
      this.pdf.setDrawColor(COLOR.box);
      this.pdf.setLineWidth(0.8);
      this.pdf.rect(this.left + 1, this.y + (lh - box) / 2 - 0.5, box, box, 'S');
      this.flow(lines, SIZE.body, 'regular', COLOR.text, this.left + indent);
      this.y += 5;
    }
    this.y += 4;
  }

  keyValueRow(item: KeyValue, keyShare: number): { keys: Line[]; values: Line[]; height: number } {
    const lh = this.lineHeight(SIZE.body);
    const keyWidth = this.width * keyShare;
    const keys = this.wrap(item.key, keyWidth, SIZE.body, 'bold');
    const values = this.wrap(item.value, this.width - keyWidth - 10, SIZE.body);
    return { keys, values, height: Math.max(keys.length, values.length) * lh };
  }

  keyValue(items: KeyValue[], keyShare = 0.3): void {
    const lh = this.lineHeight(SIZE.body);
    const keyWidth = this.width * keyShare;
    for (const item of items) {
      const { keys, values, height } = this.keyValueRow(item, keyShare);
      this.ensure(height + 4);
      const top = this.y;
      keys.forEach((line, i) => this.draw(line, this.left, top + i * lh, SIZE.body, 'bold', COLOR.muted));
      values.forEach((line, i) => this.draw(line, this.left + keyWidth + 10, top + i * lh, SIZE.body));
      this.y = top + height + 1.5;
      this.pdf.setDrawColor(COLOR.rule);
      this.pdf.setLineWidth(0.4);
      this.pdf.line(this.left, this.y, this.right, this.y);
      this.y += 2.5;
    }
    this.y += 6;
  }

  // ----- tables

  tablePlan(t: TableBlock) {
    const size = SIZE.table;
    const lh = this.lineHeight(size);
    const pad = 3.5;
    const total = t.widths.reduce((s, w) => s + w, 0);
    const widths = t.header.map((_, i) => ((t.widths[i] ?? 1) / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const cell = (text: string, col: number, style: Style) =>
      this.wrap(text, Math.max(10, widths[col]! - 2 * pad), size, style);
    const header = t.header.map((h, c) => cell(h, c, 'bold'));
    const headerHeight = Math.max(...header.map((l) => l.length)) * lh + 2 * pad;
    const rows = t.rows.map((row) => row.map((text, c) => cell(text, c, 'regular')));
    const rowHeights = rows.map((cells) => Math.max(...cells.map((l) => l.length)) * lh + 2 * pad);
    const captionLines = t.caption ? this.wrap(t.caption, this.width, SIZE.caption) : [];
    const captionHeight = captionLines.length * this.lineHeight(SIZE.caption) + (captionLines.length ? 3 : 0);
    return { size, lh, pad, widths, xs, header, headerHeight, rows, rowHeights, captionLines, captionHeight };
  }

  table(t: TableBlock): void {
    const p = this.tablePlan(t);
    const numeric = new Set(t.numeric ?? []);
    const drawRow = (cells: Line[][], height: number, style: Style, fill?: string) => {
      const top = this.y;
      this.pdf.setLineWidth(0.5);
      this.pdf.setDrawColor(COLOR.rule);
      cells.forEach((lines, c) => {
        if (fill) {
          this.pdf.setFillColor(fill);
          this.pdf.rect(p.xs[c]!, top, p.widths[c]!, height, 'FD');
        } else {
          this.pdf.rect(p.xs[c]!, top, p.widths[c]!, height, 'S');
        }
        lines.forEach((line, i) => {
          if (line.text === '') return;
          const x =
            numeric.has(c) && style !== 'bold'
              ? p.xs[c]! + p.widths[c]! - p.pad - this.measure(line.text, p.size, style)
              : p.xs[c]! + p.pad;
          this.draw(line, x, top + p.pad + i * p.lh, p.size, style);
        });
      });
      this.y = top + height;
    };
    const drawHeader = () => drawRow(p.header, p.headerHeight, 'bold', COLOR.headerFill);

    // Where the table breaks: rows are kept whole; a page never ends on fewer than two rows of the table
    // (unless it has only one) nor starts the last part with a single row.
    const usable = this.bottom - this.top;
    const first = Math.min(2, p.rows.length);
    const start = p.captionHeight + p.headerHeight + p.rowHeights.slice(0, first).reduce((s, h) => s + h, 0);
    this.ensure(start + 4);
    if (p.captionLines.length > 0) {
      for (const line of p.captionLines) {
        this.draw(line, this.left, this.y, SIZE.caption, 'regular', COLOR.muted);
        this.y += this.lineHeight(SIZE.caption);
      }
      this.y += 3;
    }
    const breaks = new Set<number>();
    let y = this.y + p.headerHeight;
    let onPage = 0;
    p.rowHeights.forEach((h, r) => {
      if (y + h > this.bottom && onPage > 0) {
        // The last row would stand alone on the next page: take the one before it along.
        const last = r === p.rows.length - 1;
        if (last && onPage >= 3) {
          breaks.add(r - 1);
          y = this.top + p.headerHeight + p.rowHeights[r - 1]!;
        } else {
          breaks.add(r);
          y = this.top + p.headerHeight;
        }
        onPage = last && onPage >= 3 ? 1 : 0;
      }
      y += Math.min(h, usable);
      onPage += 1;
    });

    drawHeader();
    p.rows.forEach((cells, r) => {
      if (breaks.has(r)) {
        this.newPage();
        drawHeader();
      }
      const fill = r === t.highlightRow ? COLOR.highlightFill : undefined;
      let remaining = cells;
      // A row taller than a page is the one case that splits, line by line.
      while (remaining.some((lines) => lines.length > 0)) {
        const needed = Math.max(...remaining.map((l) => l.length));
        const fits = Math.floor((this.bottom - this.y - 2 * p.pad) / p.lh);
        if (fits < Math.min(needed, 2)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(needed, fits);
        drawRow(
          remaining.map((lines) => lines.slice(0, take)),
          take * p.lh + 2 * p.pad,
          'regular',
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

  // ----- runbook steps

  private stepLayout(step: RunbookStepBlock) {
    const indent = 22;
    const width = this.width - indent;
    const role = this.wrap(step.role, width, SIZE.small, 'bold');
    const text = this.wrap(step.text, width, SIZE.body);
    const code = step.command ? this.wrap(step.command, width - 12, SIZE.code, 'mono') : [];
    const sources = step.sources.length > 0 ? `Source: ${step.sources.join(', ')}` : '';
    const height =
      role.length * this.lineHeight(SIZE.small) +
      text.length * this.lineHeight(SIZE.body) +
      (code.length > 0 ? code.length * this.lineHeight(SIZE.code) + 10 : 0) +
      (sources ? this.lineHeight(SIZE.small) : 0) +
      8;
    return { indent, role, text, code, sources, height };
  }

  stepHeight(step: RunbookStepBlock): number {
    return this.stepLayout(step).height;
  }

  steps(steps: RunbookStepBlock[]): void {
    for (const step of steps) {
      const s = this.stepLayout(step);
      this.ensure(s.height);
      const x = this.left + s.indent;
      // The step number in a small circle.
      this.pdf.setFillColor(COLOR.accent);
      this.pdf.circle(this.left + 7, this.y + 5.5, 6, 'F');
      const label = this.measure(step.label, SIZE.small, 'bold');
      this.draw(step.label, this.left + 7 - label / 2, this.y + 1.5, SIZE.small, 'bold', '#ffffff');
      for (const line of s.role) {
        this.draw(line, x, this.y, SIZE.small, 'bold', COLOR.muted);
        this.y += this.lineHeight(SIZE.small);
      }
      for (const line of s.text) {
        this.draw(line, x, this.y, SIZE.body);
        this.y += this.lineHeight(SIZE.body);
      }
      if (s.code.length > 0) {
        const h = s.code.length * this.lineHeight(SIZE.code) + 6;
        this.y += 2;
        this.pdf.setFillColor(COLOR.codeFill);
        this.pdf.setDrawColor(COLOR.rule);
        this.pdf.setLineWidth(0.4);
        this.pdf.rect(x, this.y, this.right - x, h, 'FD');
        let cy = this.y + 3;
        for (const line of s.code) {
          this.draw(line, x + 6, cy, SIZE.code, 'mono');
          cy += this.lineHeight(SIZE.code);
        }
        this.y += h + 2;
      }
      if (s.sources) {
        const w = this.draw(s.sources, x, this.y, SIZE.small, 'regular', COLOR.link);
        this.links.push({ page: this.page, x, y: this.y, w, h: SIZE.small * 1.2, section: 'sources' });
        this.y += this.lineHeight(SIZE.small);
      }
      this.y += 8;
    }
  }

  // ----- boxes and figures

  calloutHeight(title: string, lines: string[]): number {
    const width = this.width - 24;
    const t = this.wrap(title, width, 12.5, 'bold').length * this.lineHeight(12.5);
    const body = lines.reduce(
      (s, l) => s + this.wrap(l, width, SIZE.body).length * this.lineHeight(SIZE.body) + 3,
      0,
    );
    return t + body + 22;
  }

  callout(title: string, lines: string[], tone: 'positive' | 'caution'): void {
    const height = this.calloutHeight(title, lines);
    this.ensure(height + 8);
    const top = this.y;
    this.pdf.setFillColor(tone === 'positive' ? COLOR.positiveFill : COLOR.cautionFill);
    this.pdf.rect(this.left, top, this.width, height, 'F');
    this.pdf.setFillColor(tone === 'positive' ? COLOR.positive : COLOR.caution);
    this.pdf.rect(this.left, top, 4, height, 'F');
    this.y = top + 10;
    const x = this.left + 14;
    for (const line of this.wrap(title, this.width - 24, 12.5, 'bold')) {
      this.draw(line, x, this.y, 12.5, 'bold', tone === 'positive' ? COLOR.positive : COLOR.caution);
      this.y += this.lineHeight(12.5);
    }
    this.y += 2;
    for (const text of lines) {
      for (const line of this.wrap(text, this.width - 24, SIZE.body)) {
        this.draw(line, x, this.y, SIZE.body);
        this.y += this.lineHeight(SIZE.body);
      }
      this.y += 3;
    }
    this.y = top + height + 10;
  }

  timelineHeight(
    phases: TimelinePhase[],
    milestones: { label: string; at: number }[],
    caption: string,
  ): number {
    const rows = phases.length * 20;
    const legend = milestones.length * this.lineHeight(SIZE.small);
    const cap = this.wrap(caption, this.width, SIZE.caption).length * this.lineHeight(SIZE.caption);
    return 22 + rows + 8 + legend + cap + 14;
  }

  timeline(phases: TimelinePhase[], milestones: { label: string; at: number }[], caption: string): void {
    this.ensure(this.timelineHeight(phases, milestones, caption));
    const labelWidth = this.width * 0.42;
    const x0 = this.left + labelWidth + 8;
    const x1 = this.right - 4;
    const weeks = Math.max(1, Math.ceil(Math.max(...phases.map((p) => p.start + p.length))));
    const xAt = (week: number) => x0 + ((x1 - x0) * week) / weeks;
    const top = this.y + 14;
    // Week ticks.
    const step = weeks <= 12 ? 1 : weeks <= 30 ? 2 : weeks <= 60 ? 5 : 10;
    this.pdf.setLineWidth(0.3);
    for (let w = 0; w <= weeks; w += step) {
      this.pdf.setDrawColor(COLOR.rule);
      this.pdf.line(xAt(w), top - 2, xAt(w), top + phases.length * 20);
      const label = String(w);
      this.draw(
        label,
        xAt(w) - this.measure(label, SIZE.small) / 2,
        top - 13,
        SIZE.small,
        'regular',
        COLOR.muted,
      );
    }
    this.draw(
      'Week',
      this.left + labelWidth - this.measure('Week', SIZE.small),
      top - 13,
      SIZE.small,
      'regular',
      COLOR.muted,
    );
    phases.forEach((p, i) => {
      const y = top + i * 20;
      const label = this.wrap(p.label, labelWidth, SIZE.small)[0]!;
      this.draw(label, this.left, y + 4, SIZE.small);
      this.pdf.setFillColor(COLOR.bar);
      this.pdf.rect(xAt(p.start), y + 4, Math.max(2, xAt(p.start + p.length) - xAt(p.start)), 11, 'F');
    });
    // Milestones: diamonds at their week on the row of the phase they close.
    for (const m of milestones) {
      const row = phases.findIndex((p) => Math.abs(p.start + p.length - m.at) < 1e-9);
      const cy = top + Math.max(0, row) * 20 + 9.5;
      const cx = xAt(m.at);
      this.pdf.setFillColor(COLOR.accent);
      this.pdf.triangle(cx - 5, cy, cx, cy - 5, cx + 5, cy, 'F');
      this.pdf.triangle(cx - 5, cy, cx, cy + 5, cx + 5, cy, 'F');
    }
    this.y = top + phases.length * 20 + 8;
    for (const m of milestones) {
      this.draw(
        `◆ Week ${formatWeek(m.at)}: ${m.label}`,
        this.left,
        this.y,
        SIZE.small,
        'regular',
        COLOR.text,
      );
      this.y += this.lineHeight(SIZE.small);
    }
    for (const line of this.wrap(caption, this.width, SIZE.caption)) {
      this.draw(line, this.left, this.y, SIZE.caption, 'regular', COLOR.muted);
      this.y += this.lineHeight(SIZE.caption);
    }
    this.y += 14;
  }

  signoffHeight(): number {
    return 4 * 30 + 24;
  }

  signoff(parties: { side: string; name: string; role: string }[]): void {
    this.ensure(this.signoffHeight());
    const gap = 24;
    const colWidth = (this.width - gap * (parties.length - 1)) / parties.length;
    const top = this.y;
    parties.forEach((p, i) => {
      const x = this.left + i * (colWidth + gap);
      let y = top;
      this.draw(this.wrap(p.side, colWidth, SIZE.body, 'bold')[0]!, x, y, SIZE.body, 'bold');
      y += 24;
      for (const [label, value] of [
        ['Name', p.name],
        ['Role', p.role],
        ['Signature', ''],
        ['Date', ''],
      ] as const) {
        if (value) this.draw(this.wrap(value, colWidth, SIZE.body)[0]!, x, y - 12, SIZE.body);
        this.pdf.setDrawColor(COLOR.box);
        this.pdf.setLineWidth(0.6);
        this.pdf.line(x, y, x + colWidth, y);
        this.draw(label, x, y + 2, SIZE.small, 'regular', COLOR.muted);
        y += 30;
      }
    });
    this.y = top + this.signoffHeight();
  }

  chartHeight(chart: ChartId, caption: string): number {
    const svg = this.options.charts[chart];
    const captionHeight = this.wrap(caption, this.width, SIZE.caption).length * this.lineHeight(SIZE.caption);
    if (!svg) return this.lineHeight(SIZE.body) * 3 + captionHeight;
    const { height } = this.chartSize(svg);
    return this.lineHeight(SIZE.body) + 4 + height + 8 + captionHeight + 12;
  }

  private chartSize(svg: SVGSVGElement): { width: number; height: number } {
    const size = svgSize(svg);
    // Two charts with their captions fit on one page.
    const maxHeight = (this.bottom - this.top) * 0.36;
    let width = this.width;
    let height = (width * size.height) / size.width;
    if (height > maxHeight) {
      height = maxHeight;
      width = (height * size.width) / size.height;
    }
    return { width, height };
  }

  async chart(chart: ChartId, title: string, caption: string): Promise<void> {
    const svg = this.options.charts[chart];
    if (!svg) {
      this.subheading(title, { kind: 'paragraph', text: caption });
      this.paragraph(`This chart could not be drawn. ${caption}`, 'muted');
      return;
    }
    const { width, height } = this.chartSize(svg);
    this.ensure(this.chartHeight(chart, caption));
    this.record(title, 1);
    this.draw(title, this.left, this.y, SIZE.body, 'bold');
    this.y += this.lineHeight(SIZE.body) + 4;
    const x = this.left + (this.width - width) / 2;
    this.svgDefaults();
    await this.pdf.svg(svg, { x, y: this.y, width, height });
    this.current = null;
    this.y += height + 8;
    for (const line of this.wrap(caption, this.width, SIZE.caption)) {
      this.draw(line, this.left, this.y, SIZE.caption, 'regular', COLOR.muted);
      this.y += this.lineHeight(SIZE.caption);
    }
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
    this.current = null;
  }

  // ----- first page

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
    this.current = null;
    return h;
  }

  async masthead(block: MastheadBlock): Promise<void> {
    if (block.logo && this.options.logo) {
      const height = await this.logo(this.options.logo, 150, 48);
      this.y += height + 12;
    }
    this.pdf.setFillColor(COLOR.accent);
    this.pdf.rect(this.left, this.y, 48, 4, 'F');
    this.y += 12;
    for (const line of this.wrap(block.title, this.width, 20, 'bold')) {
      this.draw(line, this.left, this.y, 20, 'bold');
      this.y += this.lineHeight(20);
    }
    for (const line of this.wrap(block.subtitle, this.width, 12)) {
      this.draw(line, this.left, this.y, 12, 'regular', COLOR.muted);
      this.y += this.lineHeight(12);
    }
    this.y += 8;
    // Document facts: the first three (document, date, validity) side by side, then two to a row.
    const lh = this.lineHeight(SIZE.small);
    const rows = [block.meta.slice(0, 3), ...pairs(block.meta.slice(3))];
    for (const row of rows) {
      const gap = 16;
      const room = this.width - gap * (row.length - 1);
      const keyWidth = Math.max(...row.map((m) => this.measure(m.key, SIZE.small, 'bold'))) + 8;
      // Columns as wide as their text when it all fits on one line, else equal.
      const natural = row.map((m) => keyWidth + this.measure(m.value, SIZE.small) + 2);
      const sum = natural.reduce((a, b) => a + b, 0);
      const widths =
        sum <= room ? natural.map((w) => w + (room - sum) / row.length) : row.map(() => room / row.length);
      const cells = row.map((m, j) => ({
        key: m.key,
        lines: this.wrap(m.value, widths[j]! - keyWidth, SIZE.small),
      }));
      cells.forEach((c, j) => {
        const x = this.left + widths.slice(0, j).reduce((a, b) => a + b + gap, 0);
        this.draw(c.key, x, this.y, SIZE.small, 'bold', COLOR.muted);
        c.lines.forEach((line, k) => this.draw(line, x + keyWidth, this.y + k * lh, SIZE.small));
      });
      this.y += Math.max(...cells.map((c) => c.lines.length)) * lh + 3;
    }
    this.y += 4;
    this.pdf.setDrawColor(COLOR.rule);
    this.pdf.setLineWidth(0.5);
    this.pdf.line(this.left, this.y, this.right, this.y);
    this.y += 12;
  }

  // ----- document

  async block(block: Block, next: Block | undefined): Promise<void> {
    switch (block.kind) {
      case 'masthead':
        return this.masthead(block);
      case 'paragraph':
        return this.paragraph(block.text, block.tone);
      case 'subheading':
        return this.subheading(block.text, next);
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
      case 'callout':
        return this.callout(block.title, block.lines, block.tone);
      case 'contents':
        // Room for one line per section; the lines are drawn once the pages are known.
        this.contentsAt = { page: this.page, y: this.y };
        this.y += this.contentsHeight();
        return;
      case 'timeline':
        return this.timeline(block.phases, block.milestones, block.caption);
      case 'steps':
        return this.steps(block.steps);
      case 'signoff':
        return this.signoff(block.parties);
      case 'pageBreak':
        if (!this.atTop) this.newPage();
        return;
    }
  }

  async render(section: Section, first: boolean): Promise<void> {
    this.section = section;
    if (first) {
      // The first page opens with its masthead, not a heading; it is bookmarked all the same.
      this.record(section.heading, 0);
    } else {
      this.sectionHeading(section, section.blocks[0]);
    }
    for (let i = 0; i < section.blocks.length; i++)
      await this.block(section.blocks[i]!, section.blocks[i + 1]);
  }

  /** The sections the contents list, with how each is set. */
  private contentsEntries(): { title: string; chapter: boolean; appendix: boolean }[] {
    return this.doc.sections
      .filter((s) => s.id !== 'contents')
      .map((s) => ({ title: s.heading, chapter: s.chapter !== false, appendix: s.appendix === true }));
  }

  private contentsLine(chapter: boolean): { size: number; gap: number } {
    return chapter ? { size: SIZE.body + 0.5, gap: 5 } : { size: SIZE.body, gap: 3 };
  }

  contentsHeight(): number {
    return (
      this.contentsEntries().reduce((sum, e) => {
        const { size, gap } = this.contentsLine(e.chapter);
        return sum + this.lineHeight(size) + gap;
      }, 0) + 10
    );
  }

  /** The contents, on the page kept for them: every section with its page, each line a link. */
  contents(): void {
    if (!this.contentsAt) return;
    this.pdf.setPage(this.contentsAt.page);
    this.current = null;
    let y = this.contentsAt.y;
    let appendix = 0;
    let chapter = 0;
    for (const h of this.headings.filter((x) => x.level === 0 && x.section !== 'contents')) {
      const number = h.appendix
        ? `Appendix ${String.fromCharCode(65 + appendix++)}`
        : h.chapter
          ? String(++chapter)
          : '';
      const indent = h.chapter ? 0 : 26;
      const { size, gap } = this.contentsLine(h.chapter);
      const style: Style = h.chapter ? 'bold' : 'regular';
      const label =
        number && !h.appendix ? `${number}  ${h.title}` : number ? `${number}: ${h.title}` : h.title;
      const page = String(h.page);
      const pageWidth = this.measure(page, size, style);
      this.draw(label, this.left + indent, y, size, style);
      const labelWidth = this.measure(label, size, style);
      // Dot leaders from the title to the page number.
      const dots = '.'.repeat(
        Math.max(
          0,
          Math.floor((this.width - indent - labelWidth - pageWidth - 12) / this.measure('.', size)),
        ),
      );
      this.draw(dots, this.left + indent + labelWidth + 6, y, size, 'regular', COLOR.rule);
      this.draw(page, this.right - pageWidth, y, size, style);
      this.pdf.link(this.left + indent, y, this.width - indent, size * 1.3, { pageNumber: h.page });
      y += this.lineHeight(size) + gap;
    }
  }

  /** Bookmarks: every section, with its headings beneath. */
  outline(): void {
    let parent: ReturnType<jsPDF['outline']['add']> | null = null;
    for (const h of this.headings) {
      if (h.level === 0) parent = this.pdf.outline.add(null, h.title, { pageNumber: h.page });
      else if (parent) this.pdf.outline.add(parent, h.title, { pageNumber: h.page });
    }
  }

  /** Links recorded before their target's page was known. */
  resolveLinks(): void {
    const target = new Map(this.headings.filter((h) => h.level === 0).map((h) => [h.section, h.page]));
    for (const link of this.links) {
      const page = target.get(link.section);
      if (page === undefined) continue;
      this.pdf.setPage(link.page);
      this.pdf.link(link.x, link.y, link.w, link.h, { pageNumber: page });
    }
  }

  /** "client · document, version · date" and "Page n of N" on every page. */
  footers(doc: ProposalDocument): void {
    const pages = this.pdf.getNumberOfPages();
    const y = this.pageHeight - MARGIN.bottom + 26;
    for (let page = 1; page <= pages; page++) {
      this.pdf.setPage(page);
      this.current = null;
      this.pdf.setDrawColor(COLOR.rule);
      this.pdf.setLineWidth(0.5);
      this.pdf.line(this.left, y - 8, this.right, y - 8);
      const number = `Page ${page} of ${pages}`;
      const numberWidth = this.measure(number, SIZE.footer);
      this.draw(number, this.right - numberWidth, y, SIZE.footer, 'regular', COLOR.muted);
      const room = this.width - numberWidth - 16;
      const tail = ` · ${doc.documentId} v${doc.version} · ${doc.date}`;
      const client = fitText(
        (t) => this.measure(t, SIZE.footer),
        doc.client,
        room - this.measure(tail, SIZE.footer),
      );
      this.draw(client + tail, this.left, y, SIZE.footer, 'regular', COLOR.muted);
    }
  }
}

/** Items two by two. */
function pairs<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2));
  return out;
}

/**
 * A number and its unit stay on one line: "109 s", "2.5 min", "3 years" get a no-break space (the line
 * breaker breaks at ordinary spaces only).
 */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (?=(s|ms|min|h|days?|weeks?|years?|MB|kB|x)\b)/g, '$1\u00a0');
}

/** The text, cut with an ellipsis when wider than `width`. */
function fitText(measure: (text: string) => number, text: string, width: number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  let end = chars.length;
  while (end > 1 && measure(`${chars.slice(0, end).join('')}…`) > width) end--;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/** All the text a document prints, the footer included. */
export function documentTexts(doc: ProposalDocument): string[] {
  return [
    doc.client,
    doc.documentId,
    doc.version,
    ...doc.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockText)]),
  ];
}

export async function renderProposal(doc: ProposalDocument, options: RenderOptions): Promise<Blob> {
  const cjk = needsFallback(documentTexts(doc));
  const [{ jsPDF }, fonts, fallback] = await Promise.all([
    import('jspdf'),
    loadFonts(),
    cjk.size > 0 ? loadFallbackFont() : Promise.resolve(null),
    import('svg2pdf.js'),
  ]);
  await registerBrowserFont(fonts);
  const pdf = new jsPDF({
    unit: 'pt',
    format: options.paper,
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  pdf.addFileToVFS('DejaVuSans.ttf', fontBase64(fonts.regular));
  pdf.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', fontBase64(fonts.bold));
  pdf.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold');
  pdf.addFileToVFS('DejaVuSansMono.ttf', fontBase64(fonts.mono));
  pdf.addFont('DejaVuSansMono.ttf', PDF_MONO_FONT, 'normal');
  if (fallback) {
    // Only the characters this document uses, so the 4 MB font costs a few kilobytes.
    const subset = subsetFont(parseFont(fallback), cjk);
    pdf.addFileToVFS('Fallback.ttf', toBase64(subset));
    pdf.addFont('Fallback.ttf', PDF_FALLBACK_FONT, 'normal');
  }
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setProperties({
    title: `${doc.title}: ${doc.client}`,
    subject: `High-availability architecture proposal ${doc.documentId}, version ${doc.version}`,
    creator: 'HA Planner',
  });
  pdf.setLanguage('en');

  const layout = new Layout(pdf, doc, options, fallback !== null);
  let first = true;
  for (const section of doc.sections) {
    await layout.render(section, first);
    first = false;
  }
  layout.contents();
  layout.resolveLinks();
  layout.outline();
  layout.footers(doc);
  return pdf.output('blob');
}
