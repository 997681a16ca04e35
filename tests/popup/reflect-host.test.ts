import { describe, expect, it } from 'vitest';
import { reflectFor } from '@/utils/background/reflect-host';

// The background's half of the popup's Reflect helper: the real reflect(), as the popup receives it.
describe('reflecting in the background', () => {
  it('answers a partner message with reflections and open questions', () => {
    const result = reflectFor({ text: 'I’m so anxious about tomorrow’s meeting', locale: 'en-GB' });
    expect(result.kind).not.toBe('safety');
    expect(result.reflections.join(' ')).toMatch(/anxious/i);
    expect(result.reflections.length + result.questions.length).toBeGreaterThan(1);
  });

  it('uses the user’s own crisis line for a message that needs a safety note', () => {
    const result = reflectFor({ text: 'sometimes I want to hurt myself', crisisLine: 'Call 0800 123 456', locale: 'en-GB' });
    expect(result.kind).toBe('safety');
    expect(result.safetyNote).toContain('0800 123 456');
  });
});
