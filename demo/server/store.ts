/**
 * Where the reference receiver keeps responses: one namespace per survey endpoint, in memory
 * and (for the demo) appended to a JSON Lines file so they survive restarts.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResponse, type SurveyResponse } from '../../src/schema/index.js';

export class ResponseStore {
  private readonly byId = new Map<string, SurveyResponse>();
  /** How many copies of each id arrived, accepted or repeated: shows retries and duplicates. */
  readonly copies = new Map<string, number>();

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const parsed = parseResponse(JSON.parse(line));
          if (parsed.success) this.byId.set(parsed.data.id, parsed.data);
        } catch {
          // A torn last line from a crash: skip it, keep the rest.
        }
      }
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  countCopy(id: string): void {
    this.copies.set(id, (this.copies.get(id) ?? 0) + 1);
  }

  /** Stores a response once; returns false when its id was already stored. */
  add(response: SurveyResponse): boolean {
    if (this.byId.has(response.id)) return false;
    this.byId.set(response.id, response);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(response)}\n`);
    return true;
  }

  list(): SurveyResponse[] {
    return [...this.byId.values()];
  }

  clear(): void {
    this.byId.clear();
    this.copies.clear();
  }
}

export function fileFor(dataDir: string | undefined, namespace: string): string | undefined {
  if (!dataDir) return undefined;
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, `responses-${namespace}.jsonl`);
}
