/**
 * Entries with arithmetic and units, read by a restricted mathjs instance: `2 h + 30 min`, `3 * 45 s`,
 * `12000 USD / hour + 500 USD / hour`, `1 / (2 years)`. mathjs parses the entry into a tree and does the
 * unit arithmetic (it converts, and refuses to add an hour to a number); it never evaluates the tree
 * itself. This module walks the tree and accepts only numbers, the four operations, signs, parentheses,
 * a number followed by its unit, and a unit after `/`: no function calls, assignments, variables, property
 * access, matrices, objects, conditionals, exponents or conversions (`to`), however they are spelled.
 * Unit words are the planner's own (the caller resolves them), never mathjs's full list.
 *
 * The instance has the parser, the Unit type and the arithmetic, nothing else: no `evaluate` or `compile`,
 * and the members that would let code extend or reconfigure it (`import`, `create`, `factory`, `parse`,
 * `Unit.createUnit` and friends) are removed after the parser is taken. This module is loaded on demand
 * (arithmetic.ts), so that mathjs is not part of the first page load.
 */
import {
  addDependencies,
  create,
  divideDependencies,
  multiplyDependencies,
  parseDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unitDependencies,
  type FactoryFunctionMap,
  type MathNode,
  type Unit,
} from 'mathjs';
import type { TimeUnit } from './unitMath';

// The typings declare every dependency map as possibly undefined; these are always there.
const dependencies: FactoryFunctionMap = {};
for (const [name, value] of Object.entries({
  addDependencies,
  divideDependencies,
  multiplyDependencies,
  parseDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unitDependencies,
})) {
  if (!value) throw new Error(`mathjs: ${name} is missing`);
  dependencies[name] = value;
}
const instance = create(dependencies, { number: 'number' });
const math = {
  parse: instance.parse.bind(instance),
  unit: instance.unit.bind(instance),
  add: instance.add.bind(instance),
  subtract: instance.subtract.bind(instance),
  multiply: instance.multiply.bind(instance),
  divide: instance.divide.bind(instance),
  unaryMinus: instance.unaryMinus.bind(instance),
};

const members = instance as unknown as Record<string, unknown>;
for (const name of ['import', 'create', 'factory', 'parse', 'evaluate', 'compile', 'config'])
  delete members[name];
const unitClass = instance.Unit as unknown as Record<string, unknown>;
for (const name of ['createUnit', 'createUnitSingle', 'deleteUnit', 'setUnitSystem']) delete unitClass[name];

/** The restricted instance, exported so that tests can check what it exposes. */
export const restrictedMath: Readonly<Record<string, unknown>> = members;

/** Longest entry handed to the parser, in characters (the fields take at most 64). */
export const MAX_ARITHMETIC_LENGTH = 64;
/** Most nodes and deepest nesting of a tree that is evaluated: a sum of a few quantities needs far fewer. */
const MAX_NODES = 40;
const MAX_DEPTH = 12;

/** What a word of the entry names, as the caller reads it. */
export type Word =
  | { kind: 'time'; unit: TimeUnit }
  /** The scenario's money: a factor of 1 (amounts are plain numbers in its currency). */
  | { kind: 'money' }
  /** A multiplier written after a number: k, m, bn … */
  | { kind: 'scale'; factor: number }
  | { kind: 'unknown' };

/** Why an entry was not read. */
export type ArithmeticProblem =
  /** mathjs could not parse it. */
  | 'syntax'
  /** It parsed to something other than arithmetic on quantities (a call, an assignment …). */
  | 'not-allowed'
  /** A word that is not a unit of time or the scenario's money. */
  | 'unknown-word'
  /** Quantities that cannot be added: an hour and a number, or a rate and a duration. */
  | 'mismatch'
  /** A unit other than time, or time to a power other than −1, 0 or 1. */
  | 'dimension'
  /** The result is not a finite number (a division by zero). */
  | 'not-finite';

/**
 * The value read: `value` in seconds to the power `time` (1: a duration in seconds; 0: a plain number or
 * amount; −1: a rate per second).
 */
export type ArithmeticResult =
  { ok: true; value: number; time: -1 | 0 | 1 } | { ok: false; problem: ArithmeticProblem; word?: string };

class Refused extends Error {
  constructor(
    readonly problem: ArithmeticProblem,
    readonly word?: string,
  ) {
    super(problem);
  }
}

type Quantity = number | Unit;

/** The size of the tree: counted before anything is evaluated. */
function measure(node: MathNode): { nodes: number; depth: number } {
  let nodes = 0;
  let depth = 0;
  const visit = (n: MathNode, level: number): void => {
    nodes += 1;
    depth = Math.max(depth, level);
    if (nodes > MAX_NODES || depth > MAX_DEPTH) return;
    n.forEach((child) => visit(child, level + 1));
  };
  visit(node, 1);
  return { nodes, depth };
}

/** Reads `text` (already lower case, grouping commas removed); `word` says what each word names. */
export function evaluateArithmetic(text: string, word: (name: string) => Word): ArithmeticResult {
  if (text.length > MAX_ARITHMETIC_LENGTH) return { ok: false, problem: 'not-allowed' };
  let tree: MathNode;
  try {
    tree = math.parse(text);
  } catch {
    return { ok: false, problem: 'syntax' };
  }
  const size = measure(tree);
  if (size.nodes > MAX_NODES || size.depth > MAX_DEPTH) return { ok: false, problem: 'not-allowed' };

  /**
   * A word after a number or after `/`: a unit of time, the money the scenario counts (a factor of 1) or a
   * multiplier (after a number only).
   */
  const unitOf = (node: MathNode, afterNumber: boolean): Quantity => {
    if (node.type !== 'SymbolNode') throw new Refused('not-allowed');
    const name = (node as unknown as { name: string }).name;
    const meaning = word(name);
    switch (meaning.kind) {
      case 'time':
        return math.unit(1, meaning.unit);
      case 'money':
        return 1;
      case 'scale':
        if (afterNumber) return meaning.factor;
        throw new Refused('unknown-word', name);
      case 'unknown':
        throw new Refused('unknown-word', name);
    }
  };

  const value = (node: MathNode): Quantity => {
    switch (node.type) {
      case 'ConstantNode': {
        const constant = (node as unknown as { value: unknown }).value;
        if (typeof constant !== 'number' || !Number.isFinite(constant)) throw new Refused('not-allowed');
        return constant;
      }
      case 'ParenthesisNode':
        return value((node as unknown as { content: MathNode }).content);
      case 'OperatorNode': {
        const { fn, args, implicit } = node as unknown as { fn: string; args: MathNode[]; implicit: boolean };
        const [left, right] = args;
        if (args.length === 1 && left) {
          if (fn === 'unaryMinus') return math.unaryMinus(value(left));
          if (fn === 'unaryPlus') return value(left);
          throw new Refused('not-allowed');
        }
        if (args.length !== 2 || !left || !right) throw new Refused('not-allowed');
        if (implicit) {
          // Only a number and its unit: `45 s`, `12000 usd`. Never `1 h 30` (an hour times 30).
          if (fn !== 'multiply' || left.type !== 'ConstantNode') throw new Refused('not-allowed');
          return math.multiply(value(left), unitOf(right, true)) as Quantity;
        }
        switch (fn) {
          case 'add':
            return math.add(value(left), value(right)) as Quantity;
          case 'subtract':
            return math.subtract(value(left), value(right)) as Quantity;
          case 'multiply':
            return math.multiply(value(left), value(right)) as Quantity;
          case 'divide':
            // `/ hour`: a bare unit is allowed after a division sign (a rate), and nowhere else.
            return math.divide(
              value(left),
              right.type === 'SymbolNode' ? unitOf(right, false) : value(right),
            ) as Quantity;
          default:
            throw new Refused('not-allowed');
        }
      }
      default:
        throw new Refused('not-allowed');
    }
  };

  let result: Quantity;
  try {
    result = value(tree);
  } catch (error) {
    if (error instanceof Refused)
      return { ok: false, problem: error.problem, ...(error.word ? { word: error.word } : {}) };
    // mathjs refuses to add or subtract quantities of different kinds.
    return { ok: false, problem: 'mismatch' };
  }
  return settle(result);
}

/** The result in seconds to a power of −1, 0 or 1; any other dimension is refused. */
function settle(result: Quantity): ArithmeticResult {
  if (typeof result === 'number') {
    return Number.isFinite(result)
      ? { ok: true, value: result, time: 0 }
      : { ok: false, problem: 'not-finite' };
  }
  // mathjs's base dimensions: mass, length, time, current, temperature … Only time may be present.
  const dimensions = result.dimensions;
  const time = dimensions[2] ?? 0;
  if (dimensions.some((power, i) => i !== 2 && power !== 0)) return { ok: false, problem: 'dimension' };
  if (time !== 1 && time !== -1 && time !== 0) return { ok: false, problem: 'dimension' };
  // Units that cancel (an hour over a minute) leave a plain number in SI, mathjs's own `value`.
  const number =
    time === 0 ? (result as unknown as { value: number }).value : result.toNumber(time === 1 ? 's' : 's^-1');
  return Number.isFinite(number) ? { ok: true, value: number, time } : { ok: false, problem: 'not-finite' };
}
