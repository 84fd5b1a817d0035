// Package util (twopkg/x/util) shares its name with twopkg/y/util: gc
// then qualifies both by their quoted paths.
package util

import "twopkg/sub"

func Id(p *int) *int { return sub.Keep(p) }
