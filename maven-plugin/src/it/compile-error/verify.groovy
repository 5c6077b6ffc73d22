// The build failed with every Cortado error and its call chain, and wrote no bundle.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// Maven's format: the failure message, one [ERROR] line per line of each error and its call chain.
assert log.contains('[ERROR] Failed to execute goal org.cortado:cortado-maven-plugin:')
assert log.contains('Cortado could not compile errors.Main: 2 errors, nothing written')
assert log.contains('[ERROR] class not found: org.junit.jupiter.api.Assertions')
assert log.contains('errors.Main.check(java.lang.String[])')
assert log.contains('[ERROR] java.lang.Thread.start() is not supported')
assert log.contains('errors.Main.main(java.lang.String[])')
assert !new File(basedir, 'target/cortado/Main.wasm').exists()
return true
