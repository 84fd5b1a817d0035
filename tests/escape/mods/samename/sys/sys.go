// Package sys shares its name with runtime/internal/sys, which the
// runtime's export data does not name (only the bodies gc's crawler
// marks are written: none of the runtime's exported API reaches
// mspan.countAlloc, whose body calls sys.OnesCount64).
package sys

func Arch() string { return "amd64" }
