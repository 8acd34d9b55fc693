/**
 * A plain page's one script: it defines <msp-one-page-profile>, and keeps every
 * Content-Security-Policy violation the page reports, for the test to read.
 */
const violations: string[] = [];
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));

await import('../../../src/elements/one-page-profile/one-page-profile.js');

export {};
