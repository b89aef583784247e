/**
 * Draws the deck's content (content.ts) as a PowerPoint file with pptxgenjs: six wide slides, charts as
 * native PowerPoint charts and shapes (editable, and their numbers readable by the board's own tools),
 * text in the app's words. Loaded on export only.
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeckContent } from './content';
import { formatWeek } from '../format';

const INK = '16191F';
const MUTED = '4A5361';
const ACCENT = '1D4ED8';
const POSITIVE = '15803D';
const CAUTION = 'B45309';
const SERIES = ['1D4ED8', '93B4F5', 'F59E0B'];
const FONT = 'Arial';

/** Slide width and height of the wide layout, inches. */
const W = 13.333;
const H = 7.5;
const X = 0.6;

type Slide = ReturnType<PptxGenJS['addSlide']>;

function title(slide: Slide, text: string, kicker: string): void {
  slide.addShape('rect', {
    x: X,
    y: 0.45,
    w: 0.8,
    h: 0.08,
    fill: { color: ACCENT },
    line: { color: ACCENT },
  });
  slide.addText(kicker, { x: X, y: 0.6, w: W - 2 * X, h: 0.35, fontFace: FONT, fontSize: 12, color: MUTED });
  slide.addText(text, {
    x: X,
    y: 0.9,
    w: W - 2 * X,
    h: 0.8,
    fontFace: FONT,
    fontSize: 28,
    bold: true,
    color: INK,
  });
}

function footer(slide: Slide, deck: DeckContent, n: number, total: number): void {
  slide.addText(`${deck.client} · ${deck.decision.byline}`, {
    x: X,
    y: H - 0.45,
    w: W - 2 * X - 1.2,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
  });
  slide.addText(`${n} / ${total}`, {
    x: W - X - 1.2,
    y: H - 0.45,
    w: 1.2,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
    align: 'right',
  });
}

function bullets(items: string[], size = 16): PptxGenJS.TextProps[] {
  return items.map((text) => ({
    text,
    options: { bullet: true, fontFace: FONT, fontSize: size, color: INK, paraSpaceAfter: 8, breakLine: true },
  }));
}

export async function renderDeck(deck: DeckContent): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = 'High-availability architecture: board summary';
  pptx.company = deck.client;
  const total = 6;
  const cur = deck.currency;
  const money = cur === 'USD' ? '$#,##0' : '#,##0';

  // 1. The decision.
  {
    const s = pptx.addSlide();
    title(s, deck.decision.headline, deck.title);
    s.addText(deck.decision.status, {
      x: X,
      y: 1.8,
      w: W - 2 * X,
      h: 0.9,
      fontFace: FONT,
      fontSize: 18,
      color: deck.decision.positive ? POSITIVE : CAUTION,
    });
    const boxW = (W - 2 * X - 3 * 0.3) / 4;
    deck.decision.facts.forEach((f, i) => {
      const x = X + i * (boxW + 0.3);
      s.addShape('rect', {
        x,
        y: 3.0,
        w: boxW,
        h: 2.9,
        fill: { color: 'F2F4F7' },
        line: { color: 'C9D0DA' },
      });
      s.addText(f.key, {
        x: x + 0.2,
        y: 3.15,
        w: boxW - 0.4,
        h: 0.5,
        fontFace: FONT,
        fontSize: 13,
        color: MUTED,
      });
      s.addText(f.value, {
        x: x + 0.2,
        y: 3.65,
        w: boxW - 0.4,
        h: 2.1,
        fontFace: FONT,
        fontSize: i < 3 ? 28 : 13,
        bold: i < 3,
        color: INK,
        valign: 'top',
      });
    });
    footer(s, deck, 1, total);
  }

  // 2. Cost of each option over the horizon.
  {
    const s = pptx.addSlide();
    title(
      s,
      `Cost of each option over ${deck.years} ${deck.years === 1 ? 'year' : 'years'}`,
      `Expected cost, ${cur}`,
    );
    const names = deck.costs.map((c) => (c.tag ? `${c.name} (${c.tag})` : c.name));
    s.addChart(
      'bar',
      [
        {
          name: 'Infrastructure',
          labels: names,
          values: deck.costs.map((c) => Math.round(c.infrastructure)),
        },
        { name: 'One-off', labels: names, values: deck.costs.map((c) => Math.round(c.oneOff)) },
        { name: 'Expected losses', labels: names, values: deck.costs.map((c) => Math.round(c.losses)) },
      ],
      {
        x: X,
        y: 1.8,
        w: 7.4,
        h: 5.0,
        barDir: 'bar',
        barGrouping: 'stacked',
        chartColors: SERIES,
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 11,
        catAxisLabelFontSize: 11,
        valAxisLabelFontSize: 10,
        valAxisLabelFormatCode: money,
        valAxisTitle: `${cur} over ${deck.years} years`,
        showValAxisTitle: true,
        valAxisTitleFontSize: 10,
      },
    );
    const rows: PptxGenJS.TableRow[] = [
      ['Architecture', 'Total', 'P95'].map((text) => ({
        text,
        options: { bold: true, fill: { color: 'E9EDF3' }, fontFace: FONT, fontSize: 12, color: INK },
      })),
      ...deck.costs.map((c) =>
        [c.name, c.text.total, c.text.p95].map((text, i) => ({
          text,
          options: {
            bold: c.recommended,
            fill: { color: c.recommended ? 'E5EDFF' : 'FFFFFF' },
            fontFace: FONT,
            fontSize: 12,
            color: INK,
            align: (i === 0 ? 'left' : 'right') as PptxGenJS.HAlign,
          },
        })),
      ),
    ];
    s.addTable(rows, {
      x: 8.3,
      y: 1.9,
      w: 4.4,
      colW: [2.3, 1.05, 1.05],
      border: { type: 'solid', color: 'C9D0DA', pt: 0.75 },
    });
    s.addText(
      'Total: infrastructure, one-off and expected losses (downtime, lost data, planned maintenance). P95: one chance in twenty of more.',
      {
        x: 8.3,
        y: 5.4,
        w: 4.4,
        h: 1.2,
        fontFace: FONT,
        fontSize: 11,
        color: MUTED,
        valign: 'top',
      },
    );
    footer(s, deck, 2, total);
  }

  // 3. Risk in a bad year.
  {
    const s = pptx.addSlide();
    title(s, 'What a bad year costs', `Downtime and lost data in one year, ${cur}`);
    const labels = deck.badYear.bars.map((b) => b.name);
    s.addChart(
      'bar',
      [
        { name: 'Expected year', labels, values: deck.badYear.bars.map((b) => Math.round(b.mean)) },
        { name: 'One year in twenty (P95)', labels, values: deck.badYear.bars.map((b) => Math.round(b.p95)) },
        {
          name: 'One year in a hundred (P99)',
          labels,
          values: deck.badYear.bars.map((b) => Math.round(b.p99)),
        },
      ],
      {
        x: X,
        y: 1.8,
        w: 6.4,
        h: 5.0,
        barDir: 'col',
        barGrouping: 'clustered',
        chartColors: SERIES,
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 11,
        catAxisLabelFontSize: 11,
        valAxisLabelFontSize: 10,
        valAxisLabelFormatCode: money,
      },
    );
    s.addText(bullets(deck.badYear.sentences, 15), { x: 7.3, y: 1.9, w: W - 7.3 - X, h: 4.8, valign: 'top' });
    footer(s, deck, 3, total);
  }

  // 4. What it protects against and what not.
  {
    const s = pptx.addSlide();
    title(s, 'What it protects against, and what not', deck.decision.headline);
    const colW = (W - 2 * X - 0.4) / 2;
    s.addText('Protects against', {
      x: X,
      y: 1.8,
      w: colW,
      h: 0.5,
      fontFace: FONT,
      fontSize: 18,
      bold: true,
      color: POSITIVE,
    });
    s.addText(bullets(deck.protection.protects, 13), { x: X, y: 2.3, w: colW, h: 4.5, valign: 'top' });
    s.addText('Does not protect against', {
      x: X + colW + 0.4,
      y: 1.8,
      w: colW,
      h: 0.5,
      fontFace: FONT,
      fontSize: 18,
      bold: true,
      color: CAUTION,
    });
    s.addText(bullets(deck.protection.not, 13), {
      x: X + colW + 0.4,
      y: 2.3,
      w: colW,
      h: 4.5,
      valign: 'top',
    });
    footer(s, deck, 4, total);
  }

  // 5. The plan, as a timeline of native shapes.
  {
    const s = pptx.addSlide();
    title(s, 'The plan', deck.plan.summary);
    const labelW = 4.6;
    const x0 = X + labelW + 0.2;
    const x1 = W - X;
    const weeks = Math.max(1, Math.ceil(deck.plan.weeks));
    const xAt = (w: number) => x0 + ((x1 - x0) * w) / weeks;
    const top = 2.1;
    const rowH = 0.55;
    const step = weeks <= 12 ? 1 : weeks <= 30 ? 2 : weeks <= 60 ? 5 : 10;
    for (let w = 0; w <= weeks; w += step) {
      s.addShape('line', {
        x: xAt(w),
        y: top - 0.1,
        w: 0,
        h: deck.plan.phases.length * rowH + 0.1,
        line: { color: 'C9D0DA', width: 0.75 },
      });
      s.addText(String(w), {
        x: xAt(w) - 0.3,
        y: top - 0.45,
        w: 0.6,
        h: 0.3,
        fontFace: FONT,
        fontSize: 10,
        color: MUTED,
        align: 'center',
      });
    }
    s.addText('Week', {
      x: X + labelW - 1,
      y: top - 0.45,
      w: 1,
      h: 0.3,
      fontFace: FONT,
      fontSize: 10,
      color: MUTED,
      align: 'right',
    });
    deck.plan.phases.forEach((p, i) => {
      const y = top + i * rowH;
      s.addText(p.label, {
        x: X,
        y,
        w: labelW,
        h: rowH,
        fontFace: FONT,
        fontSize: 12,
        color: INK,
        valign: 'middle',
      });
      s.addShape('rect', {
        x: xAt(p.start),
        y: y + 0.12,
        w: Math.max(0.05, xAt(p.start + p.length) - xAt(p.start)),
        h: rowH - 0.24,
        fill: { color: '93B4F5' },
        line: { color: '93B4F5' },
      });
    });
    deck.plan.milestones.forEach((m) => {
      const row = deck.plan.phases.findIndex((p) => Math.abs(p.start + p.length - m.at) < 1e-9);
      const y = top + Math.max(0, row) * rowH + rowH / 2;
      s.addShape('diamond', {
        x: xAt(m.at) - 0.12,
        y: y - 0.12,
        w: 0.24,
        h: 0.24,
        fill: { color: ACCENT },
        line: { color: ACCENT },
      });
    });
    const legendTop = top + deck.plan.phases.length * rowH + 0.25;
    s.addText(
      deck.plan.milestones.map((m) => ({
        text: `◆ Week ${formatWeek(m.at)}: ${m.label}`,
        options: { breakLine: true, fontFace: FONT, fontSize: 12, color: INK },
      })),
      { x: X, y: legendTop, w: W - 2 * X, h: H - legendTop - 0.6, valign: 'top' },
    );
    footer(s, deck, 5, total);
  }

  // 6. The ask.
  {
    const s = pptx.addSlide();
    title(s, 'The ask', deck.title);
    s.addShape('rect', { x: X, y: 1.85, w: 0.08, h: 1.2, fill: { color: ACCENT }, line: { color: ACCENT } });
    s.addText(deck.ask.ask, {
      x: X + 0.25,
      y: 1.8,
      w: W - 2 * X - 0.25,
      h: 1.3,
      fontFace: FONT,
      fontSize: 22,
      bold: true,
      color: INK,
    });
    s.addText('Next steps', {
      x: X,
      y: 3.3,
      w: 6,
      h: 0.45,
      fontFace: FONT,
      fontSize: 16,
      bold: true,
      color: INK,
    });
    s.addText(
      deck.ask.steps.map((text) => ({
        text,
        options: {
          bullet: { type: 'number' },
          fontFace: FONT,
          fontSize: 14,
          color: INK,
          paraSpaceAfter: 6,
          breakLine: true,
        },
      })),
      { x: X, y: 3.8, w: W - 2 * X, h: 2.6, valign: 'top' },
    );
    if (deck.ask.contact)
      s.addText(`Contact: ${deck.ask.contact}`, {
        x: X,
        y: 6.45,
        w: W - 2 * X,
        h: 0.4,
        fontFace: FONT,
        fontSize: 12,
        color: MUTED,
      });
    footer(s, deck, 6, total);
  }

  const out = await pptx.write({ outputType: 'blob' });
  return out as Blob;
}
