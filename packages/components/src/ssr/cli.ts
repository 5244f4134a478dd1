/**
 * `pearl-charts render <component> [--attribute value]…`: prints a server-rendered element to stdout.
 * Exit codes: 0 printed; 1 the component rendered its error state (message on stderr, nothing on
 * stdout); 2 a usage error (unknown command, component or option, a missing value, an unknown
 * `--unit` or `--delta-unit`, named with the closest known unit as every element names it).
 */
import { checkUnit } from '../format/units.js';
import {
  COMPONENTS,
  componentAttributes,
  componentName,
  RenderError,
  renderStatic,
  type RenderOptions,
} from './index.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage: pearl-charts render <component> [options]

Prints a Pearl Charts element as static HTML (declarative shadow DOM) that shows its figure without
JavaScript and hydrates when the script bundle loads.

Components: ${COMPONENTS.join(', ')}

Options:
  --locale <lang>        Language of the text: zh-Hans, zh-Hant, en (default en)
  --theme <light|dark>   Colour theme (default: the page's or the OS setting)
  --<attribute> <value>  Any attribute of the component, e.g. --indicator gd-industrial-output-2024,
                         --value 73900 --unit enterprises --label "…"; a bare flag sets a boolean (--animate)
  --json                 Print {"html", "styleHashes", "error"}: the hashes to add to a strict CSP style-src
  --help                 Show this help; with a component, list its attributes

Example:
  npx pearl-charts render metric-card --indicator gd-industrial-output-2024 --locale zh-Hans --theme dark
`;

class UsageError extends Error {}

interface Parsed {
  component: string | null;
  help: boolean;
  json: boolean;
  options: RenderOptions & { attributes: Record<string, string> };
}

function parse(argv: string[]): Parsed {
  const parsed: Parsed = { component: null, help: false, json: false, options: { attributes: {} } };
  const rest = [...argv];
  const command = rest.shift();
  if (command === '--help' || command === '-h' || command === 'help' || command === undefined) {
    parsed.help = true;
    if (rest[0] && !rest[0].startsWith('-')) parsed.component = rest[0];
    return parsed;
  }
  if (command !== 'render') throw new UsageError(`Unknown command "${command}"; try "render".`);
  while (rest.length) {
    const arg = rest.shift() as string;
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (arg === '--json') {
      parsed.json = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (parsed.component !== null) throw new UsageError(`Unexpected argument "${arg}".`);
      parsed.component = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (rest[0] !== undefined && !rest[0].startsWith('--')) value = rest.shift() as string;
    else if (key === 'locale' || key === 'theme') throw new UsageError(`--${key} needs a value.`);
    else value = ''; // a boolean attribute such as --animate
    if (!key) throw new UsageError(`Empty option "${arg}".`);
    if (key === 'locale') parsed.options.locale = value;
    else if (key === 'theme') {
      if (value !== 'light' && value !== 'dark')
        throw new UsageError(`--theme must be light or dark, not "${value}".`);
      parsed.options.theme = value;
    } else if (key === 'unit' || key === 'delta-unit') {
      // The elements' own check (format/units.ts), before rendering: with no items a comparison
      // would otherwise report "no data" and never name the misspelt unit.
      const unit = checkUnit(value, `--${key}`);
      if (!unit.ok) throw new UsageError(unit.message);
      parsed.options.attributes[key] = value;
    } else parsed.options.attributes[key] = value;
  }
  return parsed;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`pearl-charts: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    const component = parsed.component && componentName(parsed.component);
    if (parsed.component && !component) {
      io.err(`pearl-charts: Unknown component "${parsed.component}".\n\n${USAGE}`);
      return 2;
    }
    io.out(
      component
        ? `${USAGE}\nAttributes of <pearl-${component}>: ${componentAttributes(component).join(', ')}\n`
        : USAGE,
    );
    return 0;
  }
  if (!parsed.component) {
    io.err(`pearl-charts: Which component? One of ${COMPONENTS.join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  try {
    const result = await renderStatic(
      parsed.component as Parameters<typeof renderStatic>[0],
      parsed.options,
    );
    if (result.error !== null) {
      io.err(
        `pearl-charts: <pearl-${componentName(parsed.component)}> shows an error: ${result.error}\n`,
      );
      return 1;
    }
    io.out(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.html}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof RenderError)) throw e;
    io.err(`pearl-charts: ${e.message}\n`);
    return 2;
  }
}
