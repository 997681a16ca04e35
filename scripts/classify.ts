/**
 * npm run --silent classify < in.jsonl > out.jsonl
 * Reads JSON Lines {"id", "text", "context"?} on stdin and writes one JSON line per input:
 * {"id", "labels", "findings", "rephrasing"?, "ask"?} ("rephrasing": the best full-draft rewrite, for flagged
 * drafts, fitted to "context" as the partner's message; "ask": the question offered instead when no rewrite
 * passes the quality gate). Uses exactly the module the extension uses. Prints nothing else
 * (a bad input line yields {"id", "error"} so line counts still match).
 */
import { createInterface } from 'node:readline';
import { analyze, labelsOf, type Finding } from '../utils/analysis';
import { suggestionFor } from '../utils/analysis/rephrase';

interface Input {
  id?: unknown;
  text?: unknown;
  context?: unknown;
}

/** Build the output record for one input. Add fields here (e.g. a rephrasing) in one line. */
function outputLine(input: Input): Record<string, unknown> {
  const text = typeof input.text === 'string' ? input.text : '';
  const context = typeof input.context === 'string' ? { partnerMessage: input.context } : undefined;
  const findings: Finding[] = analyze(text, context);
  const { rewrite, ask } = suggestionFor(text, findings, context);
  return { id: input.id ?? null, labels: labelsOf(findings), findings, rephrasing: rewrite ?? undefined, ask: ask ?? undefined };
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  let record: Record<string, unknown>;
  try {
    record = outputLine(JSON.parse(line) as Input);
  } catch (e) {
    record = { id: null, error: e instanceof Error ? e.message : String(e) };
  }
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
