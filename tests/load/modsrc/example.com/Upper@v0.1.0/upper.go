// Package upper lives in a module whose path has an upper-case letter:
// the module cache spells it example.com/!upper@v0.1.0.
package upper

func Hello() string { return "hello" }
