/**
 * Reading `npm audit --json`: a high or critical advisory in a production dependency fails; a
 * registry that cannot answer (some mirrors do not serve the audit endpoint) is reported as
 * "not checked", never as a pass.
 */
export type AuditVerdict =
  | { status: 'clean'; message: string }
  | { status: 'vulnerable'; message: string; packages: string[] }
  | { status: 'unavailable'; message: string };

interface AuditJson {
  message?: string;
  error?: { summary?: string; detail?: string } | string;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number; total?: number } };
  vulnerabilities?: Record<string, { severity?: string; isDirect?: boolean; fixAvailable?: unknown }>;
}

export function judgeAudit(stdout: string): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    return { status: 'unavailable', message: `npm audit printed no report (${stdout.trim().slice(0, 200) || 'nothing'})` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const why = report.message ?? (typeof report.error === 'string' ? report.error : report.error?.summary || report.error?.detail) ?? 'no vulnerability counts in the report';
    return { status: 'unavailable', message: `the registry did not answer the audit: ${why}` };
  }
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity}${v.fixAvailable ? ', fix available' : ''})`)
    .sort();
  const summary = ['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
  const deps = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total;
  if (serious.length || (counts.high ?? 0) + (counts.critical ?? 0) > 0) {
    return { status: 'vulnerable', message: `npm audit: ${summary} in production dependencies`, packages: serious };
  }
  return { status: 'clean', message: `npm audit: no high or critical advisory (${summary})${deps ? ` in ${deps} production dependencies` : ''}` };
}
