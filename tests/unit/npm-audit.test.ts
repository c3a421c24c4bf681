import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../src/lib/npm-audit';

const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string; fixAvailable?: boolean }> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts }, dependencies: { prod: 120 } } });

describe('judgeAudit', () => {
  it('passes a report with no high or critical advisory, saying what it counted', () => {
    const v = judgeAudit(report({ moderate: 2 }, { 'some-lib': { severity: 'moderate' } }));
    expect(v.status).toBe('clean');
    expect(v.message).toMatch(/0 critical, 0 high, 2 moderate, 0 low.*120 production/);
  });

  it('fails on a high or critical advisory and names the packages', () => {
    const v = judgeAudit(report({ high: 1, critical: 1 }, { a: { severity: 'high', fixAvailable: true }, b: { severity: 'critical' }, c: { severity: 'low' } }));
    expect(v.status).toBe('vulnerable');
    expect(v.status === 'vulnerable' && v.packages).toEqual(['a (high, fix available)', 'b (critical)']);
  });

  it('reports a registry without the audit endpoint as not checked, never as a pass', () => {
    const v = judgeAudit(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 }));
    expect(v.status).toBe('unavailable');
    expect(v.message).toMatch(/405 Method Not Allowed/);
    expect(judgeAudit('').status).toBe('unavailable');
    expect(judgeAudit(JSON.stringify({ error: { summary: 'network down' } })).message).toMatch(/network down/);
  });
});
