import { describe, expect, it } from 'vitest';
import { PARTNER_MESSAGE_MAX, PartnerMessage } from '../../utils/watcher/partner-message';

describe('partner message', () => {
  it('takes a selected message trimmed and capped; a blank one is not taken', () => {
    const p = new PartnerMessage();
    expect(p.current()).toBeUndefined();
    expect(p.select('  I cried last night  ')).toBe(true);
    expect(p.current()).toBe('I cried last night');
    expect(p.select('x'.repeat(5000))).toBe(true);
    expect(p.current()).toHaveLength(PARTNER_MESSAGE_MAX);
    expect(p.select('   ')).toBe(false);
    expect(p.current()).toBeUndefined();
  });

  it('prefers the message the page offers (the practice page’s partner box)', () => {
    let box = 'from the box';
    const p = new PartnerMessage(() => box);
    p.select('selected');
    expect(p.current()).toBe('from the box');
    box = '';
    expect(p.current()).toBe('selected');
  });

  it('is served by the send it went with, but not a message selected after that send began', () => {
    const p = new PartnerMessage();
    p.select('first');
    const atSend = p.snapshot();
    p.servedBy(atSend);
    expect(p.current()).toBeUndefined();

    p.select('first');
    const atSecondSend = p.snapshot();
    p.select('second');
    p.servedBy(atSecondSend);
    expect(p.current()).toBe('second');
    p.clear();
    expect(p.current()).toBeUndefined();
  });
});
