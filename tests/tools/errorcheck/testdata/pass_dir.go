// errorcheckdir -0 -m -l

// want: PASS
// Two packages in pass_dir.dir: a (compiled to test/a.a), then b importing
// "./a"; each package's output is checked against its own files.

package ignored
