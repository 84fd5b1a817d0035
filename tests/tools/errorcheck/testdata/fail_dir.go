// errorcheckdir

// want: FAIL b.go:6: missing error "wrong line"
// errorcheckdir: only the last package's compilation must fail.

package ignored
