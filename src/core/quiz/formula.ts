import jsep from 'jsep';
import type { Said } from '../roadmap/issue.js';

// jsep parses to an AST and executes nothing; we evaluate only the node kinds below, so a
// formula can never reach a JS function, property or global.
// Stryker disable next-line StringLiteral: addBinaryOp below overwrites the precedence and associativity anyway
jsep.removeBinaryOp('^');
jsep.addBinaryOp('^', 11, true); // power, right-associative, binds tighter than * and /
for (const op of ['||', '&&', '|', '&', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '<<', '>>', '>>>', '%']) {
  jsep.removeBinaryOp(op);
}
for (const op of ['!', '~']) jsep.removeUnaryOp(op);

const FUNCTIONS: Readonly<Record<string, (...args: number[]) => number>> = {
  sqrt: Math.sqrt,
  abs: Math.abs,
  min: Math.min,
  max: Math.max,
  log: Math.log,
  exp: Math.exp,
  round: Math.round,
  floor: Math.floor,
  ceil: Math.ceil,
};
export const FORMULA_FUNCTIONS = Object.keys(FUNCTIONS);

type Node = jsep.Expression;
export type Formula = (vars: Readonly<Record<string, number>>) => number;

export type CompiledFormula = { ok: true; evaluate: Formula; variables: string[] } | { ok: false; error: Said };

/** Parses `source` and checks it uses only arithmetic, the allowed functions and `variables`. */
export function compileFormula(source: string, variables: readonly string[]): CompiledFormula {
  let ast: Node;
  try {
    ast = jsep(source);
  } catch (error) {
    return { ok: false, error: { code: 'formulaSyntax', params: { detail: (error as Error).message } } };
  }
  const used = new Set<string>();
  const problem = checkNode(ast, new Set(variables), used);
  if (problem) return { ok: false, error: problem };
  return { ok: true, evaluate: (vars) => evaluate(ast, vars), variables: [...used] };
}

function checkNode(node: Node, allowed: ReadonlySet<string>, used: Set<string>): Said | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'number' ? undefined : { code: 'formulaLiteral', params: { raw: String(node.raw) } };
    case 'Identifier': {
      const name = node.name as string;
      if (!allowed.has(name)) return { code: 'formulaVariable', params: { name } };
      used.add(name);
      return undefined;
    }
    case 'UnaryExpression':
      return node.operator === '-' || node.operator === '+'
        ? checkNode(node.argument as Node, allowed, used)
        : { code: 'formulaOperator', params: { operator: String(node.operator) } };
    case 'BinaryExpression':
      return checkNode(node.left as Node, allowed, used) ?? checkNode(node.right as Node, allowed, used);
    case 'CallExpression': {
      const callee = node.callee as Node;
      // Stryker disable next-line ConditionalExpression: only an Identifier has a name, so the hasOwn test alone refuses any other callee
      if (callee.type !== 'Identifier' || !Object.hasOwn(FUNCTIONS, callee.name as string)) {
        return { code: 'formulaFunction', params: { list: FORMULA_FUNCTIONS.join(', ') } };
      }
      for (const arg of node.arguments as Node[]) {
        const p = checkNode(arg, allowed, used);
        if (p) return p;
      }
      return undefined;
    }
    default:
      return { code: 'formulaNode', params: { node: node.type } };
  }
}

function evaluate(node: Node, vars: Readonly<Record<string, number>>): number {
  switch (node.type) {
    case 'Literal':
      return node.value as number;
    case 'Identifier':
      return vars[node.name as string] ?? Number.NaN;
    case 'UnaryExpression': {
      const v = evaluate(node.argument as Node, vars);
      return node.operator === '-' ? -v : v;
    }
    case 'BinaryExpression': {
      const a = evaluate(node.left as Node, vars);
      const b = evaluate(node.right as Node, vars);
      switch (node.operator) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return a / b;
        case '^':
          return a ** b;
        default:
          return Number.NaN;
      }
    }
    case 'CallExpression': {
      const fn = FUNCTIONS[(node.callee as Node).name as string];
      const args = (node.arguments as Node[]).map((a) => evaluate(a, vars));
      return fn ? fn(...args) : Number.NaN;
    }
    // Stryker disable next-line ConditionalExpression: unreachable, checkNode admits only the node kinds above
    default:
      return Number.NaN;
  }
}

// Enough corners and draws to catch a division by a range that holds 0 or an overflow, while
// validating 20,000 questions stays cheap.
const MAX_CORNER_VARIABLES = 8;
const SAMPLE_DRAWS = 32;

export interface Bounds {
  min: number;
  max: number;
  decimals: number;
}

/**
 * A set of values for which `evaluate` gives a non-finite result, if one is found among the
 * corners of the variables' bounds (and 0 where a range holds it) and a sample of draws.
 */
export function findNonFinite(evaluate: Formula, bounds: Readonly<Record<string, Bounds>>, random: () => number): Record<string, number> | undefined {
  const names = Object.keys(bounds).sort();
  // Stryker disable next-line EqualityOperator: at a bound of 0, 0 is already a corner (and the Set drops the repeat)
  const points = (b: Bounds) => [...new Set([b.min, b.max, ...(b.min < 0 && b.max > 0 ? [0] : [])])];
  const tryValues = (values: Record<string, number>) => (Number.isFinite(evaluate(values)) ? undefined : values);
  if (names.length <= MAX_CORNER_VARIABLES) {
    let corners: Record<string, number>[] = [{}];
    for (const name of names) corners = corners.flatMap((c) => points(bounds[name]!).map((v) => ({ ...c, [name]: v })));
    for (const corner of corners) {
      const bad = tryValues(corner);
      if (bad) return bad;
    }
  }
  for (let i = 0; i < SAMPLE_DRAWS; i++) {
    const values: Record<string, number> = {};
    for (const name of names) {
      const { min, max, decimals } = bounds[name]!;
      const scale = 10 ** decimals;
      const lo = Math.ceil(min * scale);
      const hi = Math.floor(max * scale);
      values[name] = (lo + Math.floor(random() * (hi - lo + 1))) / scale;
    }
    const bad = tryValues(values);
    if (bad) return bad;
  }
  return undefined;
}
