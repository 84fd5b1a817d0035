// Package d imports the broken b.
package d

import "jobs/b"

var _ = b.G
