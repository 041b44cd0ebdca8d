// Tests for the mailbox simulator's addresses (labels included) and the out-of-office reply.
import { describe, expect, it } from 'vitest';
import { outOfOfficeReply, simulatorScenario } from './ses-mailbox-simulator';

describe('simulatorScenario', () => {
  it.each([
    ['success@simulator.amazonses.com', 'success'],
    ['bounce@simulator.amazonses.com', 'bounce'],
    ['bounce+signup-42@simulator.amazonses.com', 'bounce'],
    ['Complaint+Y@Simulator.AmazonSES.com', 'complaint'],
    ['ooto+a.b@simulator.amazonses.com', 'ooto'],
    ['suppressionlist+x@simulator.amazonses.com', 'suppressionlist'],
    ['other@simulator.amazonses.com', undefined],
    ['bounce@example.com', undefined],
    ['bounce@simulator.amazonses.com.example', undefined],
    ['xbounce@simulator.amazonses.com', undefined],
  ])('%s → %s', (address, scenario) => {
    // Act
    const found = simulatorScenario(address);

    // Assess
    expect(found).toBe(scenario);
  });
});

describe('outOfOfficeReply', () => {
  it('answers the Return-Path, threads on the Message-ID and marks itself auto-replied', () => {
    // Prepare
    const headers = [
      { name: 'Subject', value: 'Open-air concert' },
      { name: 'Message-ID', value: '<m1@herald.local>' },
      { name: 'Return-Path', value: '<bounces@herald.local>' },
    ];

    // Act
    const reply = outOfOfficeReply('ooto+a@simulator.amazonses.com', 'Herald <announcements@herald.local>', headers);

    // Assess
    expect(reply).toMatchObject({ from: 'ooto+a@simulator.amazonses.com', to: 'bounces@herald.local', subject: 'Auto: Open-air concert' });
    expect(reply.headers).toEqual([
      { name: 'Auto-Submitted', value: 'auto-replied' },
      { name: 'In-Reply-To', value: '<m1@herald.local>' },
      { name: 'References', value: '<m1@herald.local>' },
    ]);
  });

  it('answers the envelope sender when the mail has no Return-Path', () => {
    // Act
    const reply = outOfOfficeReply('ooto@simulator.amazonses.com', 'Herald <announcements@herald.local>', [{ name: 'Subject', value: 'Hi' }]);

    // Assess
    expect(reply.to).toBe('announcements@herald.local');
    expect(reply.headers).toEqual([{ name: 'Auto-Submitted', value: 'auto-replied' }]);
  });
});
