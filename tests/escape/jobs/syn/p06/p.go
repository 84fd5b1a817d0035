// Package p06 is fine.
package p06

import "strings"

func F(s string) int { return strings.Index(s, "a") }
