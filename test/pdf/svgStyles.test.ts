// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractSvg } from '../../src/pdf/charts';
import { applyFont, parseSvg } from '../../src/pdf/svgFont';
import {
  STYLE_ATTRIBUTE,
  STYLE_ELEMENT,
  neutralizeStyles,
  restoreStyles,
  specificity,
} from '../../src/pdf/svgStyles';

const styleOf = (el: Element | null | undefined) => (el as SVGElement | null | undefined)?.style;

describe('neutralizeStyles', () => {
  it('renames style attributes and style elements, and nothing else', () => {
    const markup =
      '<svg viewBox="0 0 1 1" style="color:red"><style>.a{fill:red}</style>' +
      '<rect class="a" style=\'fill:blue\' data-note="style=&quot;x&quot;" STYLE = "stroke:red"/>' +
      '<text>style="not an attribute" &lt;style&gt;</text><!-- <rect style="x"/> --></svg>';
    expect(neutralizeStyles(markup)).toBe(
      `<svg viewBox="0 0 1 1" ${STYLE_ATTRIBUTE}="color:red"><${STYLE_ELEMENT}>.a{fill:red}</${STYLE_ELEMENT}>` +
        `<rect class="a" ${STYLE_ATTRIBUTE}='fill:blue' data-note="style=&quot;x&quot;" ${STYLE_ATTRIBUTE} = "stroke:red"/>` +
        '<text>style="not an attribute" &lt;style&gt;</text><!-- <rect style="x"/> --></svg>',
    );
  });

  it('copies declarations, CDATA, processing instructions and values with ">" untouched', () => {
    const markup =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "style=1">]><svg><![CDATA[ <x style="y"> ]]>' +
      '<g title="a > b" style="fill:red"/><svg:style>x</svg:style></svg>';
    expect(neutralizeStyles(markup)).toBe(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "style=1">]><svg><![CDATA[ <x style="y"> ]]>' +
        `<g title="a > b" ${STYLE_ATTRIBUTE}="fill:red"/><svg:${STYLE_ELEMENT}>x</svg:${STYLE_ELEMENT}></svg>`,
    );
  });

  it('leaves markup without styles as it is, even when broken', () => {
    for (const markup of [
      '',
      'plain text',
      '<',
      '<svg',
      '<a b="c',
      '<a b=c>',
      'x < y',
      '</a>',
      '<!-- open',
    ]) {
      expect(neutralizeStyles(markup)).toBe(markup);
    }
  });
});

describe('specificity', () => {
  it('counts ids, classes and types', () => {
    expect(specificity('rect')).toEqual([0, 0, 1]);
    expect(specificity('.a')).toEqual([0, 1, 0]);
    expect(specificity('g .a rect')).toEqual([0, 1, 2]);
    expect(specificity('#logo .a:hover')).toEqual([1, 2, 0]);
    expect(specificity('rect[fill="a.b"]')).toEqual([0, 1, 1]);
    expect(specificity('*')).toEqual([0, 0, 0]);
  });
});

describe('restoreStyles', () => {
  it('puts inline styles and style sheets back through the CSSOM, in cascade order', () => {
    const svg = parseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
        '<style>rect { fill: black; stroke: green } .a { fill: red } #r { opacity: 0.5 } .b { stroke: blue !important }</style>' +
        '<rect id="r" class="a b" style="fill: lime; stroke: white"/><circle class="a"/><path/></svg>',
    );
    expect(svg).not.toBeNull();
    expect(svg?.querySelector(STYLE_ELEMENT)).toBeNull();
    expect(svg?.querySelector(`[${STYLE_ATTRIBUTE}]`)).toBeNull();
    const rect = styleOf(svg?.querySelector('rect'));
    // Inline beats the sheet, !important beats inline, the id rule applies.
    expect(rect?.getPropertyValue('fill')).toBe('lime');
    expect(rect?.getPropertyValue('stroke')).toBe('blue');
    expect(rect?.getPropertyValue('opacity')).toBe('0.5');
    expect(styleOf(svg?.querySelector('circle'))?.getPropertyValue('fill')).toBe('red');
    expect(styleOf(svg?.querySelector('path'))?.getPropertyValue('fill')).toBe('');
  });

  it('ignores selectors and sheets it cannot read', () => {
    const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const sheet = document.createElementNS('http://www.w3.org/2000/svg', STYLE_ELEMENT);
    sheet.textContent = ':::bad { fill: red } svg { color: blue }';
    root.append(sheet);
    expect(() => restoreStyles(root)).not.toThrow();
    expect(root.querySelector(STYLE_ELEMENT)).toBeNull();
  });

  it('keeps the chart colours of React markup, and the font rewrite works through the CSSOM', () => {
    const svg = extractSvg(
      '<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" style="font-family:Inter;color:#111">' +
        '<rect style="fill:#abcdef;stroke-width:1.5"></rect><text style="font-weight:700">x</text></svg></figure>',
    );
    expect(svg).not.toBeNull();
    if (!svg) return;
    expect(styleOf(svg.querySelector('rect'))?.getPropertyValue('fill')).toBe('rgb(171, 205, 239)');
    applyFont(svg, 'DejaVuSans');
    expect(svg.style.getPropertyValue('font-family')).toBe('DejaVuSans');
    expect(styleOf(svg.querySelector('text'))?.getPropertyValue('font-weight')).toBe('bold');
  });
});
