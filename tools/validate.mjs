// Validates .wasm files with two independent validators: the engine's own
// (WebAssembly.validate of the Node running this script) and Binaryen's, with every
// Binaryen feature enabled.
//
//   node tools/validate.mjs file.wasm...   exit 0 if all are valid; else exit 1 and one
//                                           message per rejected file on stderr
//   node tools/validate.mjs --server       one path per stdin line; one answer line each
//                                           on stdout: "OK" or "FAIL <escaped message>",
//                                           where the message has \ as \\ and newlines as
//                                           \n. Used by the Java conformance harness to pay
//                                           Binaryen's start-up (~0.4 s) once per run.

import fs from 'node:fs';
import readline from 'node:readline';

// Binaryen prints validation errors through console.log/console.error, bound once when it
// loads, so route the console through a switchable sink before importing it.
let sink = null;
const realLog = console.log;
const realError = console.error;
const capture = (real) => (...args) => (sink ? sink.push(args.join(' ')) : real(...args));
console.log = capture(realLog);
console.error = capture(realError);
console.warn = capture(realError);
const { default: binaryen } = await import('binaryen');

/** Returns null if `bytes` is valid, else { validator, message }. */
function check(bytes) {
  if (!WebAssembly.validate(bytes)) {
    let message = 'invalid';
    try {
      new WebAssembly.Module(bytes);
    } catch (e) {
      message = e.message;
    }
    return { validator: `WebAssembly.validate (Node ${process.version})`, message };
  }
  sink = [];
  let module = null;
  try {
    // readBinary's optional second argument is the feature set to read with (the C API's
    // BinaryenModuleReadWithFeatures); it is also the set validate() checks against.
    module = binaryen.readBinary(bytes, binaryen.Features.All);
    if (!module.validate()) {
      return { validator: 'Binaryen validation', message: sink.join('\n').trim() || 'invalid' };
    }
    return null;
  } catch (e) {
    const detail = sink.join('\n').trim();
    return {
      validator: 'Binaryen readBinary',
      message: (e && e.message ? e.message : String(e)) + (detail ? '\n' + detail : ''),
    };
  } finally {
    sink = null;
    if (module) module.dispose();
  }
}

function checkFile(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { validator: 'file read', message: e.message };
  }
  return check(bytes);
}

function describe(file, failure) {
  return `${file}: rejected by ${failure.validator}:\n${failure.message}`;
}

// Keep each message readable: Binaryen can print a whole function body per error.
function truncate(text, max = 4000) {
  return text.length <= max ? text : text.slice(0, max) + `\n... (${text.length - max} more characters)`;
}

const args = process.argv.slice(2);
if (args.length === 1 && args[0] === '--server') {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const failure = checkFile(line);
    const answer = failure
      ? 'FAIL ' + truncate(describe(line, failure)).replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n')
      : 'OK';
    process.stdout.write(answer + '\n');
  }
} else if (args.length === 0 || args.some((a) => a.startsWith('--'))) {
  realError('usage: node tools/validate.mjs file.wasm...   |   node tools/validate.mjs --server');
  process.exit(2);
} else {
  let failed = 0;
  for (const file of args) {
    const failure = checkFile(file);
    if (failure) {
      failed++;
      realError(truncate(describe(file, failure)));
    }
  }
  if (failed) {
    realError(`${failed} of ${args.length} file(s) invalid`);
    process.exit(1);
  }
}
