// Finds a Java runtime recent enough for DynamoDB Local and, when there is none, says how to install one
// before anything is started (the jar's classes are Java 17 bytecode, class file version 61).
import { execFile } from 'node:child_process';
import { findExecutable } from './find-executable';

export const MIN_JAVA_MAJOR = 17;

const INSTALL_HELP = [
  'Install a Java runtime (17 or newer), then try again:',
  '  Debian/Ubuntu:  sudo apt-get install -y default-jre-headless',
  '  Fedora/RHEL:    sudo dnf install -y java-21-openjdk-headless',
  '  macOS:          brew install openjdk  (and put it on PATH as brew explains)',
  '  Windows:        winget install Microsoft.OpenJDK.21',
].join('\n');

export class JavaRuntimeError extends Error {
  constructor(message: string) {
    super(`${message}\n${INSTALL_HELP}`);
    this.name = 'JavaRuntimeError';
  }
}

/** The major version in `java -version` output: `"17.0.15"` → 17, old style `"1.8.0_392"` → 8. */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function javaVersionOutput(java: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(java, ['-version'], { timeout: 15_000 }, (error, stdout, stderr) => {
      // `java -version` prints to stderr; a stub (macOS without a JDK) exits non-zero with advice there.
      if (error) reject(new JavaRuntimeError(`\`${java} -version\` failed: ${(stderr || error.message).trim()}`));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

const checked = new Map<string, Promise<string>>();

/**
 * Resolves to the path of a usable `java`, or rejects with a JavaRuntimeError that carries install advice.
 * Checked once per PATH, so a supervisor's preflight and the DynamoDB launcher share one `java -version`.
 */
export function requireJava(path = process.env.PATH ?? ''): Promise<string> {
  let result = checked.get(path);
  if (!result) {
    result = checkJava(path);
    checked.set(path, result);
  }
  return result;
}

async function checkJava(path: string): Promise<string> {
  const java = await findExecutable('java', path);
  if (!java) throw new JavaRuntimeError('DynamoDB Local (the official jar) needs Java, but `java` is not on PATH.');
  const output = await javaVersionOutput(java);
  const major = parseJavaMajor(output);
  if (major !== null && major < MIN_JAVA_MAJOR) {
    throw new JavaRuntimeError(`DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer, but ${java} is Java ${major}.`);
  }
  return java;
}
