import { describe, expect, it } from 'vitest';
import { simulate } from '../models/engine/index';
import { deckContent } from '../src/deck/content';
import { deckFileName } from '../src/deck/exportDeck';
import { buildProposal, sectionText } from '../src/pdf/proposal';
import type { ProposalForm } from '../src/pdf/model';
import { proposalContext } from '../src/pdf/sections/context';
import { scenarioWith } from './helpers';

const FORM: ProposalForm = {
  clientName: 'Acme',
  clientContact: '',
  preparedBy: 'Ada Lovelace',
  company: 'Analytical Engines Ltd',
  email: '',
  phone: '',
  version: '1.0',
  validityDays: 30,
  paper: 'a4',
  note: '',
  hasLogo: false,
};

describe('the board deck', () => {
  const scenario = scenarioWith({ simulation: { trials: 8192, seed: 5 } });
  const result = simulate(scenario);
  const input = { scenario, result, form: FORM, date: '2026-11-25', appVersion: '9.9.9' };
  const deck = deckContent(proposalContext(input));
  const pdf = buildProposal(input).sections.flatMap(sectionText).join('\n');

  it('prices every option with the numbers of the PDF', () => {
    expect(deck.costs).toHaveLength(result.patterns.length);
    for (const c of deck.costs) for (const text of Object.values(c.text)) expect(pdf).toContain(text);
    for (const f of deck.decision.facts) expect(pdf).toContain(f.value.replace(/ Over .*$/, ''));
    for (const s of deck.badYear.sentences) expect(pdf).toContain(s);
  });

  it('has the plan, what it protects against and the ask', () => {
    expect(deck.plan.phases).toHaveLength(6);
    expect(deck.protection.protects.length).toBeGreaterThan(0);
    expect(deck.protection.not.length).toBeGreaterThan(0);
    expect(deck.ask.ask).toMatch(/^(Approve|Keep)/);
    expect(deck.ask.steps.length).toBeGreaterThan(2);
  });

  it('tags the chosen option "recommended", or "closest" when none meets every target', () => {
    expect(deck.costs.filter((c) => c.tag !== null).map((c) => c.tag)).toEqual([
      result.recommendation.feasible ? 'recommended' : 'closest',
    ]);
    const none = { ...result, recommendation: { ...result.recommendation, feasible: false } };
    const closest = deckContent(proposalContext({ ...input, result: none }));
    expect(closest.costs.filter((c) => c.tag !== null).map((c) => c.tag)).toEqual(['closest']);
    expect(closest.decision.headline).toMatch(/^Closest: /);
  });

  it('is named for the client, in ASCII', () => {
    expect(deckFileName('Société Générale', '2026-11-25')).toBe('HA-slides_Societe-Generale_2026-11-25.pptx');
    expect(deckFileName('東京', 'x')).toBe('HA-slides_client_undated.pptx');
  });
});
