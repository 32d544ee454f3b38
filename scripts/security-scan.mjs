// `npm run security`: Electronegativity (Doyensec's scanner for Electron misconfigurations) over
// the app's Electron code and its built page. Fails on any finding but the exclusions below, each
// with its reason, and on any file the scanner could not read (a file not read is a file not checked).
// A finding reviewed at one line of code is accepted there, with its reason, by a comment
// `// eng-disable CHECK_ID` on that line (Electronegativity's own mechanism).
//
//   node scripts/security-scan.mjs [--project DIR]     (after `npm run build`: it reads out/renderer/index.html)
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'


/** Checks not run at all. */
const EXCLUDED_CHECKS = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason: "needs the network: it downloads Electron's release list to name security fixes newer than the installed version"
  }
]

/** Findings looked at and accepted: each a test of one finding and the reason it is not a fault. */
const ACCEPTED_FINDINGS = [
  {
    id: 'CSP_GLOBAL_CHECK',
    reason:
      "script-src 'self' is flagged as maybe weak for sites that host JSONP, Angular or uploads; the page's origin " +
      '(app://casebook, or the web mode on 127.0.0.1) serves nothing but the built page',
    accepts: (finding) => finding.id === 'CSP_GLOBAL_CHECK' && onlySelfScriptWarning(finding.sample)
  }
]

/** True when csp-evaluator's only remark on a policy is the one about 'self' in script-src. */
function onlySelfScriptWarning(policy) {
  if (typeof policy !== 'string') return false
  const remarks = new cspEvaluator.CspEvaluator(new cspEvaluator.CspParser(policy).csp, cspEvaluator.Version.CSP3).evaluate()
  return remarks.length > 0 && remarks.every((remark) => remark.directive === 'script-src' && remark.value === "'self'")
}

/** Every `eng-disable` comment in the scanned files, as "CHECK at file:line", so the log shows them all. */
function acceptedInCode(folder) {
  const lines = []
  for (const file of readdirSync(folder, { recursive: true })) {
    if (!/\.(ts|tsx|js|mjs|cjs|html)$/.test(file)) continue
    readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = /eng-disable[ \t]+([\w \t]+)/.exec(text)
        if (match) lines.push(`${match[1].trim()} at ${file.replaceAll('\\', '/')}:${index + 1}`)
      })
  }
  return lines
}

const projectFlag = process.argv.indexOf('--project')
const project = resolve(projectFlag >= 0 ? process.argv[projectFlag + 1] : '.')
const builtPage = join(project, 'out', 'renderer', 'index.html')
if (!existsSync(builtPage)) {
  console.error(`security scan: ${builtPage} is missing; run \`npm run build\` first (the page's CSP is added at build time)`)
  process.exit(2)
}

const require = createRequire(import.meta.url)
const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity'))
// The scanner asks GitHub for updated translations of its messages (and, in the check not run,
// for Electron's releases) through `got`; answered "offline" at once, it uses its own, and the
// scan never touches the network.
try {
  scannerRequire('got')
  require.cache[scannerRequire.resolve('got')].exports = async () => {
    throw new Error('the security scan works offline')
  }
} catch {
  // A later version without `got`: nothing to answer for it.
}
const electronegativity = require('@doyensec/electronegativity')
// The CSP evaluator Electronegativity itself uses, to read what it says about a policy.
const cspEvaluator = scannerRequire('@doyensec/csp-evaluator')

// What ships and talks to Electron: the main process, preload, web mode and CLI sources, the
// page's sources, and the built index.html (which carries the CSP), staged as one folder to scan.
const stage = mkdtempSync(join(tmpdir(), 'casebook-security-'))
let result
try {
  cpSync(join(project, 'electron'), join(stage, 'electron'), { recursive: true })
  if (existsSync(join(project, 'renderer', 'src'))) cpSync(join(project, 'renderer', 'src'), join(stage, 'renderer', 'src'), { recursive: true })
  cpSync(builtPage, join(stage, 'renderer', 'index.html'))
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  result = await electronegativity({
    input: stage,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: EXCLUDED_CHECKS.map((excluded) => excluded.check)
  })
  result.electronVersion = electronVersion
  result.acceptedInCode = acceptedInCode(stage)
} finally {
  rmSync(stage, { recursive: true, force: true })
}

const accepted = []
const findings = []
for (const finding of result.issues) {
  const acceptance = ACCEPTED_FINDINGS.find((rule) => rule.accepts(finding))
  if (acceptance) accepted.push({ finding, acceptance })
  else findings.push(finding)
}
const unread = result.errors.filter((error) => !error.tolerable)

const where = (finding) => `${finding.file}:${finding.location.line}:${finding.location.column}`
console.log(
  `Security scan: Electronegativity, ${result.atomicChecks + result.globalChecks} checks, assuming Electron ${result.electronVersion}`
)
for (const excluded of EXCLUDED_CHECKS) console.log(`  not run: ${excluded.check}: ${excluded.reason}`)
for (const { finding, acceptance } of accepted) console.log(`  accepted: ${finding.id} at ${where(finding)}: ${acceptance.reason}`)
for (const line of result.acceptedInCode) console.log(`  accepted in the code: ${line}`)
for (const finding of findings) {
  console.log(`  FINDING ${finding.id} (${finding.severity.name}, ${finding.confidence.name}) at ${where(finding)}: ${finding.description}`)
}
for (const error of unread) console.log(`  NOT SCANNED ${error.file}: ${error.message}`)
if (findings.length > 0 || unread.length > 0) {
  console.log(`Security scan failed: ${findings.length} finding(s), ${unread.length} file(s) not scanned.`)
  process.exit(1)
}
console.log('Security scan passed: no findings.')
