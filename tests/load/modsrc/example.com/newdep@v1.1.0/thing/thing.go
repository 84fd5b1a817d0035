// Package thing is imported as example.com/old/thing: go.mod replaces
// example.com/old v1.0.0 with example.com/newdep v1.1.0.
package thing

func Do() {}
