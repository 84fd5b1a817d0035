// Package util (twopkg/y/util): the same name as twopkg/x/util.
package util

import xutil "twopkg/x/util"

func Id(p *int) *int { return xutil.Id(p) }
