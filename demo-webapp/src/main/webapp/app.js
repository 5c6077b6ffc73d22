// The demo page: defines the plain-JS kernel, the sample image and image decoding, loads the
// Cortado bundle and runs the Java main method, which wires and drives the page through JSO
// (see Grayscale.java).
import { load } from './grayscale.mjs';

/** The JS kernel: the same integer luminance as the Java one, (77 R + 150 G + 29 B) >> 8. */
function grayscaleJs(src, dst) {
  const n = src.length;
  for (let i = 0; i + 3 < n; i += 4) {
    const y = (77 * src[i] + 150 * src[i + 1] + 29 * src[i + 2]) >> 8;
    dst[i] = y;
    dst[i + 1] = y;
    dst[i + 2] = y;
    dst[i + 3] = src[i + 3];
  }
}

/** A colourful procedural sample "photo": gradients, discs and stripes. */
function drawSample(ctx, w, h) {
  const bg = ctx.createLinearGradient(0, 0, w, h);
  bg.addColorStop(0, '#ff4d4d');
  bg.addColorStop(0.25, '#ffd24d');
  bg.addColorStop(0.5, '#4dff88');
  bg.addColorStop(0.75, '#4db8ff');
  bg.addColorStop(1, '#b84dff');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, w, h);
  const s = Math.min(w, h);
  for (let i = 0; i < 12; i++) {
    const x = w * (0.1 + 0.8 * ((i * 0.618) % 1));
    const y = h * (0.15 + 0.7 * ((i * 0.7549) % 1));
    const g = ctx.createRadialGradient(x, y, 0, x, y, s * 0.12);
    g.addColorStop(0, `hsla(${i * 30}, 90%, 60%, 0.95)`);
    g.addColorStop(1, `hsla(${i * 30 + 60}, 90%, 30%, 0)`);
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.arc(x, y, s * 0.12, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.globalAlpha = 0.35;
  for (let k = 0; k < 20; k++) {
    ctx.fillStyle = k % 2 ? '#000' : '#fff';
    ctx.fillRect(0, (k * h) / 20, w, h / 80);
  }
  ctx.globalAlpha = 1;
}

/** Which Wasm features this engine validates (tiny probe modules). */
function wasmFeatures() {
  const probe = (bytes) => {
    try {
      return WebAssembly.validate(new Uint8Array(bytes));
    } catch (e) {
      return false;
    }
  };
  const header = [0, 97, 115, 109, 1, 0, 0, 0];
  const features = {
    GC: probe([...header, 1, 3, 1, 95, 0]),
    'exception handling (legacy)': probe([...header, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 6, 64, 11, 11]),
    'exception handling (exnref)': probe([...header, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 31, 64, 0, 11, 11]),
    SIMD: probe([...header, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11]),
  };
  return Object.entries(features).map(([name, ok]) => `${name}: ${ok ? 'yes' : 'no'}`).join(', ');
}

/** Decodes a picked or dropped image file (Java passes a callback for the result). */
function decodeImage(file) {
  return createImageBitmap(file);
}

globalThis.cortadoDemo = { grayscaleJs, drawSample, wasmFeatures, decodeImage };

const status = document.getElementById('status');
const sizeInput = document.getElementById('size-input');
const runsInput = document.getElementById('runs-input');

function fail(e) {
  status.textContent = `error: ${e && e.message}`;
  status.className = 'error';
  console.error(e);
}

try {
  const params = new URLSearchParams(location.search);
  if (params.has('size')) {
    const size = params.get('size');
    if (![...sizeInput.options].some((o) => o.value === size)) {
      sizeInput.add(new Option(size));
    }
    sizeInput.value = size;
  }
  if (params.has('runs')) {
    runsInput.value = params.get('runs');
  }
  const program = await load();
  // Java wires the buttons, the file picker and drag-and-drop (event listeners as Java lambdas),
  // then runs the first comparison after the page has painted "running…" and sets the status.
  const exitStatus = program.main([sizeInput.value, sizeInput.value, runsInput.value, 'both']);
  if (exitStatus !== 0) {
    fail(new Error(`Java main exited with status ${exitStatus}`));
  }
} catch (e) {
  fail(e);
}
